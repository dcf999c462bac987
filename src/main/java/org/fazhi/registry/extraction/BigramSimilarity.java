package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of one Chinese text another carries out: the share of the first text's character bigrams
 * that occur in the second, each bigram weighted by its rarity among the candidate texts (IDF), so
 * that words every report repeats (法治, 建设, 加强) count for little and specific ones (行政复议,
 * 普法宣传) for much. Chinese has no spaces, and bigrams of Han characters are the usual unit for
 * matching it without a dictionary.
 *
 * <p>Built once per set of candidates; {@link #score} is then pure arithmetic.
 */
public final class BigramSimilarity {

    private final Map<String, Double> idf = new HashMap<>();
    private final List<Set<String>> candidates = new ArrayList<>();

    /** Prepares to compare texts against {@code candidateTexts}. */
    public BigramSimilarity(List<String> candidateTexts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : candidateTexts) {
            Set<String> bigrams = bigrams(text);
            candidates.add(bigrams);
            bigrams.forEach(b -> documentFrequency.merge(b, 1, Integer::sum));
        }
        int n = candidateTexts.size();
        documentFrequency.forEach((b, df) -> idf.put(b, Math.log((n + 1.0) / (df + 1.0)) + 1.0));
    }

    /** Scores in [0, 1]: the IDF-weighted share of {@code text}'s bigrams found in candidate {@code index}. */
    public double score(String text, int index) {
        Set<String> wanted = bigrams(text);
        double total = 0;
        double found = 0;
        Set<String> candidate = candidates.get(index);
        for (String bigram : wanted) {
            // A bigram no candidate has is as rare as can be.
            double weight = idf.getOrDefault(bigram, Math.log(candidates.size() + 1.0) + 1.0);
            total += weight;
            if (candidate.contains(bigram)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** The pairs of adjacent Han characters of {@code text}; punctuation, digits and Latin letters break pairs. */
    static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1))) {
                bigrams.add(text.substring(i, i + 2));
            }
        }
        return bigrams;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
