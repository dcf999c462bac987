package org.fazhi.registry.extraction;

import java.util.Arrays;
import java.util.Map;

/**
 * Scratch space of one thread scoring commitments against one {@link CandidateIndex}: how much of each clause
 * each candidate holds (half over the whole candidate, half in its best sentence), and the done weight that
 * adds up per candidate. Only the candidates and sentences that hold one of a clause's terms are touched,
 * and only they are reset, so a commitment costs the length of its terms' postings, not the report's size.
 */
final class ClauseCoverage {

    /** The done weight per candidate that holds any term of the commitment, of all clauses and of the title's. */
    record Credit(int[] candidates, double[] all, double[] title) {
    }

    private final CandidateIndex index;
    private final double[] whole;
    private final double[] bestSentence;
    private final double[] sentence;
    private final int[] touchedCandidates;
    private final int[] touchedSentences;
    private final double[] all;
    private final double[] title;
    private final int[] credited;
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
        title = new double[n];
        credited = new int[n];
        sentence = new double[index.sentences()];
        touchedSentences = new int[index.sentences()];
    }

    /** Adds one clause: a candidate holding {@code covered} of its weight gets {@code done(covered)} of it. */
    void cover(CommitmentTerms.Clause clause, boolean inTitle, double clauseDone) {
        clause.weights().forEach(this::post);
        for (int i = 0; i < sentences; i++) {
            int s = touchedSentences[i];
            int owner = index.owner(s);
            bestSentence[owner] = Math.max(bestSentence[owner], sentence[s]);
            sentence[s] = 0;
        }
        for (int i = 0; i < candidates; i++) {
            int c = touchedCandidates[i];
            double covered = (whole[c] + bestSentence[c]) / 2;
            double done = clause.total() * Math.min(1, covered / clause.total() / clauseDone);
            if (all[c] == 0 && title[c] == 0) {
                credited[creditedCount++] = c;
            }
            all[c] += done;
            title[c] += inTitle ? done : 0;
            whole[c] = 0;
            bestSentence[c] = 0;
        }
        candidates = 0;
        sentences = 0;
    }

    /** The credit gathered since the last call, in candidate order; the scratch is clean again afterwards. */
    Credit takeCredit() {
        int[] ids = Arrays.copyOf(credited, creditedCount);
        Arrays.sort(ids);
        double[] allOf = new double[ids.length];
        double[] titleOf = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            allOf[i] = all[ids[i]];
            titleOf[i] = title[ids[i]];
            all[ids[i]] = 0;
            title[ids[i]] = 0;
        }
        creditedCount = 0;
        return new Credit(ids, allOf, titleOf);
    }

    private void post(String term, double weight) {
        if (weight <= 0) {
            return; // a term of every background paragraph says nothing, and would confuse the bookkeeping
        }
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
