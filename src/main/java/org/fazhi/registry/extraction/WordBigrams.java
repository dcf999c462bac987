package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Character bigrams that keep to words: every pair of adjacent Han characters within a word, a run of
 * one-character words counting as one word (欠|薪 → 欠薪). 开展违法用地专项整治 gives 开展, 违法, 用地, 专项, 整治 but not
 * 法用 or 地专: pairs across words are rare in any background, so they would weigh much, and a later report says
 * the same thing in other words without ever repeating them. A word of one character standing alone is paired
 * with its neighbours (律师|库 gives 师库), so that it still counts.
 */
public final class WordBigrams implements Tokenizer {

    public static final WordBigrams INSTANCE = new WordBigrams();

    private WordBigrams() {
    }

    @Override
    public List<Token> tokens(String text) {
        return tokens(text, ChineseWords.of(text));
    }

    @Override
    public List<Token> tokens(String text, List<Token> segmented) {
        List<Token> words = ChineseWords.singlesJoined(text, segmented);
        List<Token> tokens = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Token word = words.get(w);
            for (int i = word.start(); i + 2 <= word.end(); i++) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2));
            }
            Token next = w + 1 < words.size() ? words.get(w + 1) : null;
            if (next != null && next.start() == word.end() && (length(word) == 1 || length(next) == 1)) {
                tokens.add(new Token(text.substring(word.end() - 1, word.end() + 1), word.end() - 1, word.end() + 1));
            }
        }
        return tokens;
    }

    private static int length(Token word) {
        return word.end() - word.start();
    }
}
