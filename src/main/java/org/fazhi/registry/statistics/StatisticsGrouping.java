package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;

/**
 * What statistics can be grouped by. Each grouping is an expression over a body's division code, kind and
 * the year reported on, written once for HQL and native SQL alike (both know substring, concat, length).
 */
@Description("What statistics can be grouped by.")
public enum StatisticsGrouping {
    @Description("The province (省级) of the body's division; null for bodies not on the map.")
    DIVISION_LEVEL_1("case when {code} is null then null else concat(substring({code}, 1, 2), '0000') end"),
    @Description("The prefecture (地级) of the body's division; null for bodies above that level or not on the map.")
    DIVISION_LEVEL_2("case when {code} is null or substring({code}, 3, 4) = '0000' then null "
            + "else concat(substring({code}, 1, 4), '00') end"),
    @Description("The county (县级) of the body's division; null for bodies above that level or not on the map.")
    DIVISION_LEVEL_3("case when {code} is null or length({code}) = 6 and substring({code}, 5, 2) = '00' then null "
            + "else substring({code}, 1, 6) end"),
    @Description("The kind of body.")
    ORGANISATION_KIND("{kind}"),
    @Description("The year reported on.")
    REPORT_YEAR("{year}");

    /** Where a query keeps the division code, the kind and the year. */
    public record Columns(String code, String kind, String year) {
        /** Reports {@code r} and their organisations {@code k} in HQL. */
        public static final Columns REPORTS = new Columns("k.divisionCode", "k.kind", "r.reportYear");
        /** The {@code status} table of reporting obligations in SQL. */
        public static final Columns OBLIGATIONS = new Columns("division_code", "kind", "report_year");
    }

    private final String template;

    StatisticsGrouping(String template) {
        this.template = template;
    }

    String expression(Columns columns) {
        return template.replace("{code}", columns.code()).replace("{kind}", columns.kind()).replace("{year}", columns.year());
    }

    /** True when the grouping is by division; its key is then a division code. */
    boolean byDivision() {
        return this == DIVISION_LEVEL_1 || this == DIVISION_LEVEL_2 || this == DIVISION_LEVEL_3;
    }
}
