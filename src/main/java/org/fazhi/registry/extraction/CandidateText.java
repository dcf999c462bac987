package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One text a commitment is looked for in (an item of a later report), read once: its matching text, its terms
 * with the sentences that hold each, and its words by where they end, to see what qualifies a phrase.
 *
 * @param termSentences each term of the text, with the indexes of the sentences that hold it
 * @param sentenceCount how many sentences the text has
 */
record CandidateText(String text, Map<String, int[]> termSentences, int sentenceCount,
        Map<Integer, Unit> unitsEndingAt) {

    /** A sentence of an item ends at one of these. */
    private static final String SENTENCE_ENDS = "。；！？\n";

    static CandidateText of(String raw, Tokenizer tokenizer) {
        String text = MatchingText.of(raw);
        List<Token> words = ChineseWords.of(text);
        List<Token> tokens = tokenizer.tokens(text, words);
        List<Set<String>> sentences = sentences(text, tokens);
        Map<String, List<Integer>> bySentence = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            int sentence = s;
            sentences.get(s).forEach(t -> bySentence.computeIfAbsent(t, k -> new ArrayList<>()).add(sentence));
        }
        Map<String, int[]> termSentences = new HashMap<>();
        bySentence.forEach((term, in) -> termSentences.put(term, in.stream().mapToInt(Integer::intValue).toArray()));
        Map<Integer, Unit> unitsEndingAt = new HashMap<>();
        Unit.of(text, words, tokens).forEach(u -> unitsEndingAt.put(u.end(), u));
        return new CandidateText(text, termSentences, sentences.size(), unitsEndingAt);
    }

    /** The terms of the text. */
    Set<String> terms() {
        return termSentences.keySet();
    }

    /** The sentences that hold {@code term}, or null when none does. */
    int[] sentencesWith(String term) {
        return termSentences.get(term);
    }

    /** The word that ends right before {@code offset}, or null where a break, a figure or punctuation stands. */
    Unit unitBefore(int offset) {
        return unitsEndingAt.get(offset);
    }

    /** The terms of each sentence; no term spans the end of a sentence, which is never a Han character. */
    private static List<Set<String>> sentences(String text, List<Token> tokens) {
        List<Set<String>> sentences = new ArrayList<>();
        int next = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                Set<String> sentence = new HashSet<>();
                while (next < tokens.size() && tokens.get(next).start() < i) {
                    sentence.add(tokens.get(next++).term());
                }
                if (i > start) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        return sentences;
    }
}
