package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Where the words of a Chinese text begin and end, as Lucene's smartcn segmenter (a hidden Markov model over a
 * dictionary of 400,000 words and word pairs) reads them: 违法/用/地/专项/整治. Only its segmenter is used,
 * without Lucene's analysis chain; its dictionaries are read once, on first use (about a second).
 */
public final class ChineseWords {

    private ChineseWords() {
    }

    /**
     * The words of each run of Han characters in {@code text}, in order, with their offsets in {@code text};
     * anything that is not a Han character (punctuation, digits, the matcher's breaks) separates words and is
     * left out.
     */
    public static List<Token> of(String text) {
        List<Token> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Chars.isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Chars.isHan(text.charAt(end))) {
                end++;
            }
            addWords(text.substring(i, end), i, words);
            i = end;
        }
        return words;
    }

    /**
     * {@code words} of {@code text} with each run of touching one-character words made one word (欠|薪 → 欠薪,
     * 用|地 → 用地, 三|张 → 三张): the segmenter splits a word it does not know into single characters.
     */
    static List<Token> singlesJoined(String text, List<Token> words) {
        List<Token> joined = new ArrayList<>(words.size());
        boolean lastIsSingle = false;
        for (Token word : words) {
            boolean single = word.end() - word.start() == 1;
            Token last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (single && lastIsSingle && last.end() == word.start()) {
                joined.set(joined.size() - 1, new Token(text.substring(last.start(), word.end()), last.start(), word.end()));
            } else {
                joined.add(word);
            }
            lastIsSingle = single;
        }
        return joined;
    }

    private static void addWords(String run, int offset, List<Token> words) {
        if (run.length() == 1) {
            words.add(new Token(run, offset, offset + 1));
            return;
        }
        for (SegToken token : Segmenter.INSTANCE.process(run)) {
            if (token.wordType != WordType.SENTENCE_BEGIN && token.wordType != WordType.SENTENCE_END) {
                words.add(new Token(run.substring(token.startOffset, token.endOffset),
                        offset + token.startOffset, offset + token.endOffset));
            }
        }
    }

    /** Loaded on first use; the segmenter keeps no state between calls, so one serves every thread. */
    private static final class Segmenter {
        static final HHMMSegmenter INSTANCE = new HHMMSegmenter();
    }
}
