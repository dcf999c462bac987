package org.fazhi.registry.supervision;

/**
 * The status of each reporting obligation, computed in SQL as the common table {@code status}: the body's
 * current report for the year, the deadline rule that applies (the nearest division's, a rule for the
 * year before one for every year) and what follows from the two. A report without a publication date is
 * never on time.
 */
public final class ObligationStatusSql {

    private static final String STATUS = """
            with status as (
              select ob.report_year, ob.organisation_id, ob.source, o.kind, o.division_code,
                     r.id as report_id, r.published_date, rule.id as rule_id, rule.due as due_before,
                     case when r.id is null then 'MISSING'
                          when r.published_date is null then 'SUBMITTED_NO_PUBLICATION_DATE'
                          when r.published_date < rule.due then 'PUBLISHED_ON_TIME'
                          else 'PUBLISHED_LATE' end as status,
                     case when r.published_date >= rule.due then r.published_date - rule.due + 1 end as days_late
              from reporting_obligation ob
              join organisation o on o.id = ob.organisation_id
              left join report r on r.organisation_id = ob.organisation_id and r.report_year = ob.report_year
                   and r.state = 'CURRENT'
              cross join lateral (
                  select d.id, make_date(ob.report_year + 1, d.due_before_month, d.due_before_day) as due
                  from deadline_rule d
                  where (d.division_prefix = '' or o.division_code like d.division_prefix || '%')
                    and (d.report_year is null or d.report_year = ob.report_year)
                  order by length(d.division_prefix) desc, d.report_year is null, d.id
                  limit 1) rule
              where {obligations})
            """;

    /** The counts and rates of a set of statuses, as select-list expressions over {@code status}. */
    public static final String SUMMARY = """
            count(*),
            count(*) filter (where status = 'PUBLISHED_ON_TIME'),
            count(*) filter (where status = 'PUBLISHED_LATE'),
            count(*) filter (where status = 'SUBMITTED_NO_PUBLICATION_DATE'),
            count(*) filter (where status = 'MISSING')""";

    private ObligationStatusSql() {
    }

    /** The {@code status} table of the obligations {@code where} keeps (a condition over {@code ob} and {@code o}). */
    public static String with(String where) {
        return STATUS.replace("{obligations}", where);
    }
}
