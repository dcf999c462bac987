package org.fazhi.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.registry.commitment.CommitmentStatus;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.division.DivisionView;
import org.fazhi.registry.extraction.CitationKind;
import org.fazhi.registry.extraction.ComplianceRule;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.MetricIndicator;
import org.fazhi.registry.supervision.ObligationStatusSql;
import org.fazhi.registry.supervision.ReportingSummary;

/**
 * Statistics by group: each measure is one grouped SQL statement for every group at once, its rows handed
 * to the groups by their key. Nothing is counted in Java.
 */
@ApplicationScoped
@Transactional
public class GroupedStatisticsQuery {

    private static final String REPORTS = " join Report r on r.id = %s.reportId join Organisation k on k.id = r.organisationId where ";
    private static final StatisticsGrouping.Columns COLUMNS = StatisticsGrouping.Columns.REPORTS;

    private final EntityManager em;
    private final DivisionDirectory divisions;

    public GroupedStatisticsQuery(EntityManager em, DivisionDirectory divisions) {
        this.em = em;
        this.divisions = divisions;
    }

    /** The groups holding selected reports or obligations, in key order: one statement each for reports and obligations. */
    public List<StatisticsGroup> groups(GroupedSelection s) {
        Map<GroupKey, Integer> reports = new TreeMap<>();
        String keys = s.keys(COLUMNS);
        rows("select " + keys + "count(r) from Report r join Organisation k on k.id = r.organisationId where "
                + s.reports().where() + groupBy(s, ""), s.reports(), Integer.MAX_VALUE)
                .forEach(row -> reports.put(GroupKey.of(row, s.size()), ((Number) row[s.size()]).intValue()));
        Map<GroupKey, ReportingSummary> obligations = new TreeMap<>();
        String obligationKeys = s.keys(StatisticsGrouping.Columns.OBLIGATIONS);
        Query query = em.createNativeQuery(ObligationStatusSql.with(s.obligations().where()) + "select " + obligationKeys
                + ObligationStatusSql.SUMMARY + " from status"
                + (s.size() == 0 ? "" : " group by " + obligationKeys.substring(0, obligationKeys.length() - 2)));
        s.obligations().parameters().map().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> obligationRows = query.getResultList();
        obligationRows.stream().filter(row -> ((Number) row[s.size()]).intValue() > 0).forEach(row -> obligations.put(
                GroupKey.of(row, s.size()).typed(s.groupings()), ReportingSummary.of(row, s.size())));
        TreeMap<GroupKey, StatisticsGroup> groups = new TreeMap<>();
        for (GroupKey key : union(reports, obligations)) {
            groups.put(key, new StatisticsGroup(s, key, key(s, key), reports.getOrDefault(key, 0),
                    obligations.getOrDefault(key, ReportingSummary.NONE)));
        }
        return List.copyOf(groups.values());
    }

    public Map<GroupKey, List<ComplianceRuleCount>> findingsByRule(GroupedSelection s) {
        return grouped(s, rows("select " + s.keys(COLUMNS) + "fd.rule, count(fd) from Finding fd" + REPORTS.formatted("fd")
                + s.reports().where() + groupBy(s, "fd.rule") + " order by count(fd) desc, fd.rule", s.reports(),
                Integer.MAX_VALUE), row -> new ComplianceRuleCount((ComplianceRule) row[0], count(row[1])));
    }

    public Map<GroupKey, List<CommitmentStatusCount>> commitmentsByStatus(GroupedSelection s) {
        return grouped(s, rows("select " + s.keys(COLUMNS) + "cm.status, count(cm) from Commitment cm" + REPORTS.formatted("cm")
                + s.reports().where() + groupBy(s, "cm.status") + " order by cm.status", s.reports(), Integer.MAX_VALUE),
                row -> new CommitmentStatusCount((CommitmentStatus) row[0], count(row[1])));
    }

    /** The laws cited by most reports in each group, at most {@code first} a group. */
    public Map<GroupKey, List<CitedLaw>> mostCitedLaws(GroupedSelection s, int first) {
        String ranked = "count(distinct ct.reportId) desc, sum(ct.occurrences) desc, ct.canonicalTitle";
        return grouped(s, topPerGroup(s, "ct.canonicalTitle, ct.kind, count(distinct ct.reportId), sum(ct.occurrences)",
                ranked, "from Citation ct" + REPORTS.formatted("ct") + s.reports().where() + groupBy(s, "ct.canonicalTitle, ct.kind"),
                4, first), row -> new CitedLaw((String) row[0], (CitationKind) row[1], count(row[2]), count(row[3])));
    }

    /** The problem titles admitted at least twice in each group, most often first, at most {@code first} a group. */
    public Map<GroupKey, List<RepeatedProblem>> repeatedProblems(GroupedSelection s, int first) {
        return grouped(s, topPerGroup(s, "lower(trim(p.title)), count(p), count(distinct r.organisationId)",
                "count(p) desc, lower(trim(p.title))", "from Problem p" + REPORTS.formatted("p") + "p.title is not null and "
                        + s.reports().where() + groupBy(s, "lower(trim(p.title))") + " having count(p) > 1", 3, first),
                row -> new RepeatedProblem((String) row[0], count(row[1]), count(row[2])));
    }

    /** Quantities by indicator and unit: ratios described, counts and amounts summed as well. */
    public Map<GroupKey, List<MetricSummary>> metrics(GroupedSelection s) {
        return grouped(s, rows("select " + s.keys(COLUMNS) + "mt.indicator, mt.unit, count(mt), sum(mt.value), avg(mt.value), "
                + "min(mt.value), max(mt.value) from Metric mt" + REPORTS.formatted("mt") + s.reports().where()
                + groupBy(s, "mt.indicator, mt.unit") + " order by mt.indicator, mt.unit", s.reports(), Integer.MAX_VALUE),
                row -> new MetricSummary((MetricIndicator) row[0], (String) row[1], count(row[2]),
                        MetricUnits.isRatio((String) row[1]) ? null : (BigDecimal) row[3], MetricUnits.mean(row[4]),
                        (BigDecimal) row[5], (BigDecimal) row[6]));
    }

    /** Rows of an aggregate ranked within each group by {@code order}, the first {@code first} of each kept. */
    private List<Object[]> topPerGroup(GroupedSelection s, String measures, String order, String from, int width, int first) {
        StringBuilder outer = new StringBuilder("select ");
        StringBuilder inner = new StringBuilder("select ");
        for (int i = 0; i < s.size(); i++) {
            outer.append("x.g").append(i).append(", ");
            inner.append(s.groupings().get(i).expression(COLUMNS)).append(" as g").append(i).append(", ");
        }
        String[] parts = measures.split(", ");
        for (int i = 0; i < width; i++) {
            outer.append(i == 0 ? "" : ", ").append("x.m").append(i);
            inner.append(parts[i]).append(" as m").append(i).append(", ");
        }
        inner.append("row_number() over (").append(s.partition(COLUMNS)).append("order by ").append(order).append(") as rn ")
                .append(from);
        return rows(outer + " from (" + inner + ") x where x.rn <= " + first + " order by x.rn", s.reports(), Integer.MAX_VALUE);
    }

    private static String groupBy(GroupedSelection s, String measureKeys) {
        String keys = s.keys(COLUMNS) + measureKeys;
        String trimmed = keys.endsWith(", ") ? keys.substring(0, keys.length() - 2) : keys;
        return trimmed.isEmpty() ? "" : " group by " + trimmed;
    }

    private static <V> Map<GroupKey, List<V>> grouped(GroupedSelection s, List<Object[]> rows, Function<Object[], V> value) {
        return rows.stream().collect(Collectors.groupingBy(row -> GroupKey.of(row, s.size()),
                Collectors.mapping(row -> value.apply(java.util.Arrays.copyOfRange(row, s.size(), row.length)),
                        Collectors.toList())));
    }

    private List<Object[]> rows(String hql, Conditions conditions, int limit) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class).setMaxResults(limit);
        conditions.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<GroupKey> union(Map<GroupKey, ?> a, Map<GroupKey, ?> b) {
        TreeMap<GroupKey, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }

    private StatisticsGroupKey key(GroupedSelection s, GroupKey key) {
        return new StatisticsGroupKey(division(key.value(s.groupings(), StatisticsGrouping.DIVISION_LEVEL_1)),
                division(key.value(s.groupings(), StatisticsGrouping.DIVISION_LEVEL_2)),
                division(key.value(s.groupings(), StatisticsGrouping.DIVISION_LEVEL_3)),
                (OrganisationKind) key.value(s.groupings(), StatisticsGrouping.ORGANISATION_KIND),
                (Integer) key.value(s.groupings(), StatisticsGrouping.REPORT_YEAR));
    }

    private DivisionView division(Object code) {
        DivisionRecord division = code == null ? null : divisions.byCode((String) code);
        return division == null ? null : DivisionView.of(division);
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
