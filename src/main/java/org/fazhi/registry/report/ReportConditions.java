package org.fazhi.registry.report;

import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.extraction.ComplianceRule;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.persistence.Conditions;

/** The WHERE clause of a {@link ReportFilter} over {@code Report r}, shared by report lists and statistics. */
public final class ReportConditions {

    private static final String FINDING = "exists (select 1 from Finding f where f.reportId = r.id and f.rule = ";
    private static final String STATE_PREFIX = "中华人民共和国";
    private static final String ORGANISATION = "exists (select 1 from Organisation o where o.id = r.organisationId and ";

    private ReportConditions() {
    }

    public static Conditions of(ReportFilter filter) throws InvalidArgumentException {
        ReportFilter f = filter == null ? ReportFilter.NONE : filter;
        Conditions c = new Conditions()
                .add("r.reportYear = :year", "year", f.year())
                .add("r.reportYear >= :yearFrom", "yearFrom", f.yearFrom())
                .add("r.reportYear <= :yearTo", "yearTo", f.yearTo())
                .add("r.state = :state", "state", f.state() == null ? ReportState.CURRENT : f.state())
                .add(ORGANISATION + "o.kind = :kind)", "kind", f.organisationKind())
                .add(ORGANISATION + "o.divisionCode like :division)", "division",
                        Conditions.startingWith(f.divisionCodePrefix()))
                .add(FINDING + ":rule)", "rule", f.hasFinding())
                .add("exists (select 1 from Citation ci where ci.reportId = r.id and ci.canonicalTitle = :law)", "law",
                        canonicalTitle(f.citesLaw()));
        if (f.publishedLate() != null) {
            c.add((f.publishedLate() ? "" : "not ") + FINDING + ":late)", "late", ComplianceRule.LATE_PUBLICATION);
        }
        if (f.organisationId() != null) {
            long organisation = GlobalId.decode(f.organisationId(), NodeType.Organisation).orElseThrow(
                    () -> new InvalidArgumentException("`organisationId` is not an organisation ID: " + f.organisationId()));
            c.add("r.organisationId = :organisation", "organisation", organisation);
        }
        return c;
    }

    /**
     * The canonical form citations are stored under: simplified, without the 《》 a client may type, and
     * national laws without the 中华人民共和国 they are cited with or without.
     */
    private static String canonicalTitle(String law) {
        if (law == null) {
            return null;
        }
        String title = ChineseScript.toSimplified(law.strip().replaceAll("^《|》$", ""));
        return title.startsWith(STATE_PREFIX) && title.length() > STATE_PREFIX.length()
                ? title.substring(STATE_PREFIX.length()) : title;
    }
}
