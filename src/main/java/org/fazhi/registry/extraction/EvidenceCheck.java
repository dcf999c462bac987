package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One candidate text checked against one commitment, clause by clause, the way a reviewer reads the two. A
 * clause is covered by the weight of its terms the text holds (half over the whole text, half in its best
 * sentence), except that
 * <ul>
 * <li>a phrase the text qualifies otherwise is not evidence: 防汛“三张清单” does not show 行政执法“三张清单”, nor
 * 森林消防队伍“大练兵” 行政执法队伍“大练兵”. The phrase (and what follows it in the clause) is left out when the
 * clause puts a word of its own right before it that the text lacks, and the text puts, wherever it has the
 * phrase, a word of its own there that the clause lacks;</li>
 * <li>a clause that promises a thing (建立公职律师库, 修订…实施办法, 建设…调解中心) is done only when the thing
 * is there: training the 公职律师 is another action on the same theme;</li>
 * <li>the stance such a promise is made in (牢固树立…理念，建立…制度) counts only with the promise, or where the text
 * reports a figure beside it: repeating a plan's stance is not carrying it out.</li>
 * </ul>
 */
final class EvidenceCheck {

    /**
     * The done weight of all clauses and of the title's, the weight of the largest clause fully done, the terms
     * that counted, and whether a credited clause's object is reported as a result.
     */
    record Verdict(double done, double titleDone, double largestDone, Set<String> counted, boolean resultReported) {
    }

    /** One clause's done weight, the terms that counted, and whether its object was reported as a result. */
    private record ClauseCredit(double credit, Set<String> counted, boolean resultReported) {
        static final ClauseCredit NONE = new ClauseCredit(0, Set.of(), false);
    }

    private EvidenceCheck() {
    }

    static Verdict check(CommitmentTerms wanted, CandidateText candidate, double clauseDone) {
        List<PlanClause> clauses = wanted.clauses();
        List<ClauseCredit> credits = new ArrayList<>();
        clauses.forEach(clause -> credits.add(credit(clause, candidate, clauseDone)));
        double done = 0;
        double titleDone = 0;
        double largestDone = 0;
        boolean resultReported = false;
        Set<String> counted = new HashSet<>();
        for (int k = 0; k < clauses.size(); k++) {
            ClauseCredit clause = credits.get(k);
            int promise = wanted.framedPromises().get(k);
            boolean stanceAlone = promise >= 0 && credits.get(promise).credit() == 0
                    && !reported(clause.counted(), candidate);
            double credit = stanceAlone ? 0 : clause.credit();
            if (credit > 0) {
                counted.addAll(clause.counted());
                resultReported |= clause.resultReported();
            }
            done += credit;
            titleDone += k < wanted.titleClauses() ? credit : 0;
            largestDone = credit == clauses.get(k).total() ? Math.max(largestDone, credit) : largestDone;
        }
        return new Verdict(done, titleDone, largestDone, counted, resultReported);
    }

    /** Whether the candidate reports a figure beside one of {@code terms}: a result, not a stance repeated. */
    private static boolean reported(Set<String> terms, CandidateText candidate) {
        return terms.stream().anyMatch(candidate.countedTerms()::contains);
    }

    /**
     * The clause's done weight in the candidate, and the terms that counted. A clause whose distinctive object the
     * candidate reports as a result ({@link ResultEvidence}) is done, however little else of its wording is there.
     */
    private static ClauseCredit credit(PlanClause clause, CandidateText candidate, double clauseDone) {
        Set<String> terms = candidate.terms();
        if (!holdsAny(terms, clause) || clause.head() >= 0 && !clause.units().get(clause.head()).heldBy(terms, candidate.text())) {
            return ClauseCredit.NONE;
        }
        Set<String> excluded = otherwiseQualified(clause, candidate);
        Set<String> counted = new HashSet<>();
        double whole = 0;
        double[] sentences = new double[candidate.sentenceCount()];
        for (Map.Entry<String, Double> term : clause.weights().entrySet()) {
            int[] in = candidate.sentencesWith(term.getKey());
            if (in != null && !excluded.contains(term.getKey())) {
                whole += term.getValue();
                for (int s : in) {
                    sentences[s] += term.getValue();
                }
                counted.add(term.getKey());
            }
        }
        double best = 0;
        for (double sentence : sentences) {
            best = Math.max(best, sentence);
        }
        boolean result = ResultEvidence.reportsObject(clause, candidate, excluded);
        double done = result ? clause.total() : clause.done((whole + best) / 2, clauseDone);
        return new ClauseCredit(done, counted, result);
    }

    private static boolean holdsAny(Set<String> terms, PlanClause clause) {
        for (String term : clause.weights().keySet()) {
            if (terms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** The terms of the clause's phrases that the candidate qualifies otherwise, with the words after them. */
    private static Set<String> otherwiseQualified(PlanClause clause, CandidateText candidate) {
        Set<String> excluded = new HashSet<>();
        List<Unit> units = clause.units();
        for (int i = 1; i < units.size(); i++) {
            Unit qualifier = units.get(i - 1);
            Unit phrase = units.get(i);
            if (qualifier.end() == phrase.start() && PlanClause.isQualifier(qualifier)
                    && !qualifier.heldBy(candidate.terms(), candidate.text())
                    && PlanClause.isQualifier(phrase) && phrase.heldBy(candidate.terms(), candidate.text())
                    && qualifiedOtherwise(phrase, clause.text(), candidate)) {
                for (int j = i; j < units.size() && units.get(j).heldBy(candidate.terms(), candidate.text()); j++) {
                    excluded.addAll(units.get(j).terms());
                }
            }
        }
        return excluded;
    }

    /** Whether the candidate has {@code phrase}, and wherever it has it, right after a qualifier of its own. */
    private static boolean qualifiedOtherwise(Unit phrase, String clause, CandidateText candidate) {
        String text = candidate.text();
        boolean found = false;
        for (int at = text.indexOf(phrase.text()); at >= 0; at = text.indexOf(phrase.text(), at + 1)) {
            Unit before = candidate.unitBefore(at);
            if (before == null || !PlanClause.isQualifier(before) || clause.contains(before.text())) {
                return false;
            }
            found = true;
        }
        return found;
    }
}
