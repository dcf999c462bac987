package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a later report's items, indexed once: for each term, the items and the sentences that hold it.
 * A commitment is then scored by walking the postings of its own terms only, so matching all of a plan's
 * commitments costs time linear in the number of items.
 */
final class CandidateIndex {

    /** A sentence of an item ends at one of these. */
    private static final String SENTENCE_ENDS = "。；！？\n";
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> candidatePostings;
    private final Map<String, int[]> sentencePostings;
    private final List<Set<String>> candidateTerms = new ArrayList<>();
    private final int[] sentenceOwners;

    CandidateIndex(List<String> candidates, Tokenizer tokenizer) {
        Map<String, List<Integer>> byCandidate = new HashMap<>();
        Map<String, List<Integer>> bySentence = new HashMap<>();
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Set<String> terms = new HashSet<>();
            for (String sentence : sentences(MatchingText.of(candidates.get(c)))) {
                int id = owners.size();
                owners.add(c);
                Set<String> sentenceTerms = new HashSet<>();
                tokenizer.tokens(sentence).forEach(t -> sentenceTerms.add(t.term()));
                sentenceTerms.forEach(t -> bySentence.computeIfAbsent(t, k -> new ArrayList<>()).add(id));
                terms.addAll(sentenceTerms);
            }
            int candidate = c;
            terms.forEach(t -> byCandidate.computeIfAbsent(t, k -> new ArrayList<>()).add(candidate));
            candidateTerms.add(Set.copyOf(terms));
        }
        sentenceOwners = owners.stream().mapToInt(Integer::intValue).toArray();
        candidatePostings = toArrays(byCandidate);
        sentencePostings = toArrays(bySentence);
    }

    int candidates() {
        return candidateTerms.size();
    }

    int sentences() {
        return sentenceOwners.length;
    }

    int owner(int sentence) {
        return sentenceOwners[sentence];
    }

    /** The candidates that hold {@code term}, each once. */
    int[] candidatesWith(String term) {
        return candidatePostings.getOrDefault(term, NONE);
    }

    /** The sentences that hold {@code term}, each once. */
    int[] sentencesWith(String term) {
        return sentencePostings.getOrDefault(term, NONE);
    }

    boolean holds(int candidate, String term) {
        return candidateTerms.get(candidate).contains(term);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    sentences.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return sentences;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> postings) {
        Map<String, int[]> arrays = new HashMap<>(postings.size() * 2);
        postings.forEach((term, ids) -> arrays.put(term, ids.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }
}
