package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a later report's items, indexed once: for each term, the items and the sentences that hold it.
 * A commitment is then scored by walking the postings of its own terms only, so matching all of a plan's
 * commitments costs time linear in the number of items.
 */
final class CandidateIndex {

    private static final int[] NONE = new int[0];

    private final List<CandidateText> candidates = new ArrayList<>();
    private final Map<String, int[]> candidatePostings;
    private final Map<String, int[]> sentencePostings;
    private final Map<String, int[]> resultPostings;
    private final int[] sentenceOwners;

    CandidateIndex(List<String> texts, Tokenizer tokenizer) {
        Map<String, List<Integer>> byCandidate = new HashMap<>();
        Map<String, List<Integer>> bySentence = new HashMap<>();
        Map<String, List<Integer>> asResult = new HashMap<>();
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            CandidateText candidate = CandidateText.of(texts.get(c), tokenizer);
            candidates.add(candidate);
            int firstSentence = owners.size();
            for (int s = 0; s < candidate.sentenceCount(); s++) {
                owners.add(c);
            }
            int id = c;
            candidate.termSentences().forEach((term, in) -> {
                byCandidate.computeIfAbsent(term, k -> new ArrayList<>()).add(id);
                List<Integer> sentences = bySentence.computeIfAbsent(term, k -> new ArrayList<>());
                for (int s : in) {
                    sentences.add(firstSentence + s);
                }
            });
            candidate.resultTerms().forEach(term -> asResult.computeIfAbsent(term, k -> new ArrayList<>()).add(id));
        }
        sentenceOwners = owners.stream().mapToInt(Integer::intValue).toArray();
        candidatePostings = toArrays(byCandidate);
        sentencePostings = toArrays(bySentence);
        resultPostings = toArrays(asResult);
    }

    int candidates() {
        return candidates.size();
    }

    int sentences() {
        return sentenceOwners.length;
    }

    int owner(int sentence) {
        return sentenceOwners[sentence];
    }

    /** The candidate as read once for the index. */
    CandidateText candidate(int candidate) {
        return candidates.get(candidate);
    }

    /** The candidates that hold {@code term}, each once. */
    int[] candidatesWith(String term) {
        return candidatePostings.getOrDefault(term, NONE);
    }

    /** The sentences that hold {@code term}, each once. */
    int[] sentencesWith(String term) {
        return sentencePostings.getOrDefault(term, NONE);
    }

    /** The candidates that hold {@code term} in a clause reporting a result ({@link CandidateText#resultTerms()}). */
    int[] candidatesReporting(String term) {
        return resultPostings.getOrDefault(term, NONE);
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> postings) {
        Map<String, int[]> arrays = new HashMap<>(postings.size() * 2);
        postings.forEach((term, ids) -> arrays.put(term, ids.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }
}
