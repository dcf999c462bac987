package org.fazhi.registry.extraction;

import java.util.Map;

/**
 * How much of one clause's weight each candidate holds: half over the whole candidate, half in its best
 * sentence. Reuses its accumulators from clause to clause and touches only the candidates and sentences
 * that hold one of the clause's terms.
 */
final class ClauseCoverage {

    /** Receives a candidate's coverage of the clause, as a weight. */
    @FunctionalInterface
    interface Sink {
        void accept(int candidate, double covered);
    }

    private final CandidateIndex index;
    private final double[] whole;
    private final double[] bestSentence;
    private final double[] sentence;
    private final int[] touchedCandidates;
    private final int[] touchedSentences;
    private int candidates;
    private int sentences;

    ClauseCoverage(CandidateIndex index) {
        this.index = index;
        whole = new double[index.candidates()];
        bestSentence = new double[index.candidates()];
        touchedCandidates = new int[index.candidates()];
        sentence = new double[index.sentences()];
        touchedSentences = new int[index.sentences()];
    }

    void cover(Map<String, Double> weights, Sink sink) {
        weights.forEach((term, weight) -> {
            for (int c : index.candidatesWith(term)) {
                if (whole[c] == 0) {
                    touchedCandidates[candidates++] = c;
                }
                whole[c] += weight;
            }
            for (int s : index.sentencesWith(term)) {
                if (sentence[s] == 0) {
                    touchedSentences[sentences++] = s;
                }
                sentence[s] += weight;
            }
        });
        for (int i = 0; i < sentences; i++) {
            int s = touchedSentences[i];
            int owner = index.owner(s);
            bestSentence[owner] = Math.max(bestSentence[owner], sentence[s]);
            sentence[s] = 0;
        }
        for (int i = 0; i < candidates; i++) {
            int c = touchedCandidates[i];
            sink.accept(c, (whole[c] + bestSentence[c]) / 2);
            whole[c] = 0;
            bestSentence[c] = 0;
        }
        candidates = 0;
        sentences = 0;
    }
}
