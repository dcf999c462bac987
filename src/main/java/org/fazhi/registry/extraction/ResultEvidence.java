package org.fazhi.registry.extraction;

import java.util.Set;

/**
 * A plan's action shown by a result on the same object, the way reports write results in their own words: 开展校园
 * 欺凌专项整治 by 排查欺凌隐患问题37个, 建设社区法律服务驿站 by 12个社区全部建成法律服务驿站, 编制合规指引 by 出台合规指引6个.
 * The object is the clause's thing promised, or else the last word it acts on, when it is distinctive
 * ({@link PlanClause#distinctiveObject()}: 走访企业 is not shown by any figure of 企业); the
 * result is a clause of the candidate that holds the object's word with a figure or a verb of completion
 * ({@link CandidateText#resultTerms()}), where the candidate never qualifies the object otherwise than the plan
 * (健康体检 does not report 法治体检, nor 任前公示 执法公示).
 */
final class ResultEvidence {

    private ResultEvidence() {
    }

    /** Whether {@code candidate} reports the object of {@code clause}; {@code excluded} are terms it qualifies otherwise. */
    static boolean reportsObject(PlanClause clause, CandidateText candidate, Set<String> excluded) {
        int object = clause.distinctiveObject();
        if (object < 0) {
            return false;
        }
        Unit unit = clause.units().get(object);
        for (String term : unit.terms()) {
            if (!candidate.resultTerms().contains(term) || excluded.contains(term)) {
                return false;
            }
        }
        return !unit.terms().isEmpty() && candidate.text().contains(unit.text())
                && !qualifiedOtherwiseAnywhere(unit, clause, candidate);
    }

    /** Whether the candidate puts, before any of its occurrences of {@code unit}, a qualifier the clause lacks. */
    private static boolean qualifiedOtherwiseAnywhere(Unit unit, PlanClause clause, CandidateText candidate) {
        String text = candidate.text();
        for (int at = text.indexOf(unit.text()); at >= 0; at = text.indexOf(unit.text(), at + 1)) {
            Unit before = candidate.wordBefore(at);
            if (before != null && PlanClause.isQualifier(before) && !clause.text().contains(before.text())) {
                return true;
            }
        }
        return false;
    }
}
