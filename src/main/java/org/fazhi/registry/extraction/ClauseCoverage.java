package org.fazhi.registry.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scratch space of one thread scoring commitments against one {@link CandidateIndex}: how much of each clause
 * each candidate holds (half over the whole candidate, half in its best sentence), and the done weight that
 * adds up per candidate. Only the candidates and sentences that hold one of a clause's terms are touched,
 * and only they are reset, so a commitment costs the length of its terms' postings, not the report's size.
 * This counts every term a candidate holds: it bounds from above what {@link EvidenceCheck} then grants.
 */
final class ClauseCoverage {

    /** Per candidate that holds any term of the commitment: its done weight, and its largest clause fully done. */
    record Credit(int[] candidates, double[] all, double[] largestDone) {
    }

    private final CandidateIndex index;
    private final double[] whole;
    private final double[] bestSentence;
    private final double[] sentence;
    private final int[] touchedCandidates;
    private final int[] touchedSentences;
    private final double[] all;
    private final double[] largest;
    private final int[] credited;
    /** Per candidate, how many of a clause's object terms it reports as a result. */
    private final int[] reporting;
    private int candidates;
    private int sentences;
    private int creditedCount;

    ClauseCoverage(CandidateIndex index) {
        this.index = index;
        int n = index.candidates();
        whole = new double[n];
        bestSentence = new double[n];
        touchedCandidates = new int[n];
        all = new double[n];
        largest = new double[n];
        credited = new int[n];
        reporting = new int[n];
        sentence = new double[index.sentences()];
        touchedSentences = new int[index.sentences()];
    }

    /**
     * Adds one clause: a candidate holding {@code covered} of its weight gets {@code done(covered)} of it, all of
     * it where the candidate may report the clause's distinctive object as a result ({@link ResultEvidence}).
     */
    void cover(PlanClause clause, double clauseDone) {
        List<String> objectTerms = clause.distinctiveObject() >= 0
                ? clause.units().get(clause.distinctiveObject()).terms() : List.of();
        objectTerms.forEach(term -> countReporting(term, 1));
        clause.weights().forEach(this::post);
        for (int i = 0; i < sentences; i++) {
            int s = touchedSentences[i];
            int owner = index.owner(s);
            bestSentence[owner] = Math.max(bestSentence[owner], sentence[s]);
            sentence[s] = 0;
        }
        for (int i = 0; i < candidates; i++) {
            int c = touchedCandidates[i];
            boolean result = !objectTerms.isEmpty() && reporting[c] == objectTerms.size();
            double done = result ? clause.total() : clause.done((whole[c] + bestSentence[c]) / 2, clauseDone);
            if (all[c] == 0) {
                credited[creditedCount++] = c;
            }
            all[c] += done;
            largest[c] = done == clause.total() ? Math.max(largest[c], done) : largest[c];
            whole[c] = 0;
            bestSentence[c] = 0;
        }
        candidates = 0;
        sentences = 0;
        objectTerms.forEach(term -> countReporting(term, -1));
    }

    private void countReporting(String term, int step) {
        for (int c : index.candidatesReporting(term)) {
            reporting[c] += step;
        }
    }

    /** The credit gathered since the last call, in candidate order; the scratch is clean again afterwards. */
    Credit takeCredit() {
        int[] ids = Arrays.copyOf(credited, creditedCount);
        Arrays.sort(ids);
        double[] allOf = new double[ids.length];
        double[] largestOf = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            allOf[i] = all[ids[i]];
            largestOf[i] = largest[ids[i]];
            all[ids[i]] = 0;
            largest[ids[i]] = 0;
        }
        creditedCount = 0;
        return new Credit(ids, allOf, largestOf);
    }

    private void post(String term, double weight) {
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
    }
}
