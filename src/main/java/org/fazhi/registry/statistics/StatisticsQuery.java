package org.fazhi.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.fazhi.registry.commitment.CommitmentStatus;
import org.fazhi.registry.extraction.CitationKind;
import org.fazhi.registry.extraction.ComplianceRule;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.Report;

/**
 * The aggregates of {@link Statistics}, each one grouped query over the reports {@code reports} selects
 * (conditions over {@code Report r}); nothing is counted in Java.
 */
@ApplicationScoped
@Transactional
public class StatisticsQuery {

    private final EntityManager em;

    public StatisticsQuery(EntityManager em) {
        this.em = em;
    }

    public int reportCount(Conditions reports) {
        return (int) Report.count("from Report r where " + reports.where(), reports.parameters());
    }

    public List<YearCount> reportsByYear(Conditions reports) {
        return rows("select r.reportYear, count(r) from Report r where " + reports.where()
                + " group by r.reportYear order by r.reportYear", reports, Integer.MAX_VALUE).stream()
                .map(row -> new YearCount(number(row[0]).intValue(), number(row[1]).intValue())).toList();
    }

    public List<OrganisationKindCount> reportsByOrganisationKind(Conditions reports) {
        return rows("select k.kind, count(r) from Report r join Organisation k on k.id = r.organisationId where "
                + reports.where() + " group by k.kind order by count(r) desc, k.kind", reports, Integer.MAX_VALUE).stream()
                .map(row -> new OrganisationKindCount((OrganisationKind) row[0], number(row[1]).intValue())).toList();
    }

    public List<CommitmentStatusCount> commitmentsByStatus(Conditions reports) {
        return rows("select cm.status, count(cm) from Commitment cm join Report r on r.id = cm.reportId where "
                + reports.where() + " group by cm.status order by cm.status", reports, Integer.MAX_VALUE).stream()
                .map(row -> new CommitmentStatusCount((CommitmentStatus) row[0], number(row[1]).intValue())).toList();
    }

    public List<YearCount> commitmentsByTargetYear(Conditions reports) {
        return rows("select cm.targetYear, count(cm) from Commitment cm join Report r on r.id = cm.reportId where "
                + reports.where() + " group by cm.targetYear order by cm.targetYear", reports, Integer.MAX_VALUE).stream()
                .map(row -> new YearCount(number(row[0]).intValue(), number(row[1]).intValue())).toList();
    }

    /** Titles are compared trimmed and lower-cased; a problem is repeated when two or more reports admit it. */
    public List<RepeatedProblem> repeatedProblems(Conditions reports, int first) {
        return rows("select lower(trim(p.title)), count(p), count(distinct r.organisationId) from Problem p "
                + "join Report r on r.id = p.reportId where p.title is not null and " + reports.where()
                + " group by lower(trim(p.title)) having count(p) > 1 order by count(p) desc, lower(trim(p.title))",
                reports, first).stream()
                .map(row -> new RepeatedProblem((String) row[0], number(row[1]).intValue(), number(row[2]).intValue()))
                .toList();
    }

    public List<CitedLaw> mostCitedLaws(Conditions reports, CitationKind kind, int first) {
        Conditions cited = kind == null ? reports : reports.copy().add("ct.kind = :citationKind", "citationKind", kind);
        return rows("select ct.canonicalTitle, ct.kind, count(distinct ct.reportId), sum(ct.occurrences) from Citation ct "
                + "join Report r on r.id = ct.reportId where " + cited.where() + " group by ct.canonicalTitle, ct.kind "
                + "order by count(distinct ct.reportId) desc, sum(ct.occurrences) desc, ct.canonicalTitle", cited, first)
                .stream().map(row -> new CitedLaw((String) row[0], (CitationKind) row[1], number(row[2]).intValue(),
                        number(row[3]).intValue())).toList();
    }

    public List<MetricTotal> metricTotals(Conditions reports) {
        return rows("select mt.unit, r.reportYear, sum(mt.value), count(mt), avg(mt.value), min(mt.value), max(mt.value) "
                + "from Metric mt join Report r on r.id = mt.reportId where " + reports.where()
                + " group by mt.unit, r.reportYear order by r.reportYear, mt.unit", reports, Integer.MAX_VALUE).stream()
                .map(row -> new MetricTotal((String) row[0], number(row[1]).intValue(),
                        MetricUnits.isRatio((String) row[0]) ? null : (BigDecimal) row[2], number(row[3]).intValue(),
                        MetricUnits.mean(row[4]), (BigDecimal) row[5], (BigDecimal) row[6])).toList();
    }

    public List<ComplianceRuleCount> findingsByRule(Conditions reports) {
        return rows("select fd.rule, count(fd) from Finding fd join Report r on r.id = fd.reportId where " + reports.where()
                + " group by fd.rule order by count(fd) desc, fd.rule", reports, Integer.MAX_VALUE).stream()
                .map(row -> new ComplianceRuleCount((ComplianceRule) row[0], number(row[1]).intValue())).toList();
    }

    private List<Object[]> rows(String hql, Conditions conditions, int limit) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class).setMaxResults(limit);
        conditions.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static Number number(Object value) {
        return (Number) value;
    }
}
