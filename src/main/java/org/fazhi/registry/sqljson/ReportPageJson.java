package org.fazhi.registry.sqljson;

import graphql.normalized.ExecutableNormalizedField;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Cursor;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.ReportState;
import org.fazhi.registry.sqljson.ObjectJson.Unsupported;

/**
 * {@code Query.reports} as one SQL expression: the page read from the index of its ordering (21 rows for
 * 20), the nodes and edges built from those rows, the page info and, when asked for, the count. It
 * follows ReportQuery and ReportConditions exactly for the arguments it compiles: the filter fields
 * year, yearFrom, yearTo, state, organisationId, organisationKind and divisionCodePrefix, ordering by id,
 * REPORT_YEAR or PUBLISHED_DATE, and their cursors. Anything else goes to the engine, which answers or
 * explains the error.
 */
final class ReportPageJson {

    /** An ordering: the GraphQL field, the sort expression over {@code r}, how its cursor value is written. */
    private record Sort(String field, String expression, String cursorValue, boolean descending) {

        String orderBy(String alias) {
            String direction = descending ? " desc" : " asc";
            return expression.formatted(alias) + direction + ", " + alias + ".id" + direction;
        }

        String cursor(String alias) {
            String value = field == null ? "" : " || ':" + field + ":' || " + cursorValue.formatted(alias);
            return ObjectJson.base64url("'cursor:' || " + alias + ".id" + value);
        }
    }

    private static final String PUBLISHED = "coalesce(%s.published_date, '0001-01-01'::date)";

    private ReportPageJson() {
    }

    static void write(ExecutableNormalizedField reports, Sql sql) {
        Map<String, Object> arguments = reports.getResolvedArguments();
        int first = first(arguments.get("first"));
        Map<?, ?> filter = (Map<?, ?>) arguments.get("filter");
        Sort sort = sort((Map<?, ?>) arguments.get("orderBy"));
        Cursor after = after((String) arguments.get("after"), sort);
        String page = sql.alias("p");
        sql.append("(select ");
        connection(reports, page, first, sort, after != null, filter, sql);
        sql.append(" from (select " + page + ".*, row_number() over (order by " + sort.orderBy("k") + ") as n from "
                + "(select r.id, r.report_year, r.published_date from report r where ");
        conditions(filter, sql);
        if (after != null && sort.field() == null) {
            sql.append(" and r.id > ").value(after.key());
        } else if (after != null) {
            sql.append(" and (" + sort.expression().formatted("r") + ", r.id)" + (sort.descending() ? " < " : " > "));
            sql.append("(").value(cursorValue(after, sort)).append(", ").value(after.key()).append(")");
        }
        // Grouped as one group: one row, the page's aggregates, however few rows the page has (even none).
        sql.append(" order by " + sort.orderBy("r") + " limit " + (first + 1) + ") k join report " + page + " on " + page
                + ".id = k.id) " + page + " group by ())");
    }

    private static void connection(ExecutableNormalizedField reports, String page, int first, Sort sort,
            boolean after, Map<?, ?> filter, Sql sql) {
        String onPage = " filter (where " + page + ".n <= " + first + ")";
        ObjectJson.fields(reports, "ReportConnection", (field, out) -> {
            switch (field.getName()) {
                case "totalCount" -> {
                    out.append("(select count(*) from report r where ");
                    conditions(filter, out);
                    out.append(")");
                }
                case "nodes" -> {
                    out.append("coalesce(json_agg(");
                    ObjectJson.object(ObjectJson.REPORT, field, page, out);
                    out.append(" order by " + page + ".n)" + onPage + ", '[]'::json)");
                }
                case "edges" -> {
                    out.append("coalesce(json_agg(");
                    edge(field, page, sort, out);
                    out.append(" order by " + page + ".n)" + onPage + ", '[]'::json)");
                }
                case "pageInfo" -> pageInfo(field, page, first, sort, after, onPage, out);
                default -> throw new Unsupported("ReportConnection." + field.getName());
            }
        }, sql);
    }

    private static void edge(ExecutableNormalizedField edges, String page, Sort sort, Sql sql) {
        ObjectJson.fields(edges, "ReportEdge", (field, out) -> {
            switch (field.getName()) {
                case "cursor" -> out.append(sort.cursor(page));
                case "node" -> ObjectJson.object(ObjectJson.REPORT, field, page, out);
                default -> throw new Unsupported("ReportEdge." + field.getName());
            }
        }, sql);
    }

    private static void pageInfo(ExecutableNormalizedField info, String page, int first, Sort sort, boolean after,
            String onPage, Sql sql) {
        String cursors = "(array_agg(" + sort.cursor(page) + " order by " + page + ".n%s)" + onPage + ")[1]";
        ObjectJson.fields(info, "PageInfo", (field, out) -> {
            switch (field.getName()) {
                case "hasNextPage" -> out.append("count(*) > " + first);
                case "hasPreviousPage" -> out.append(String.valueOf(after));
                case "startCursor" -> out.append(cursors.formatted(""));
                case "endCursor" -> out.append(cursors.formatted(" desc"));
                default -> throw new Unsupported("PageInfo." + field.getName());
            }
        }, sql);
    }

    /**
     * The filter's conditions over {@code report r}, as ReportConditions writes them in HQL. The state is written
     * as a literal: a closed set of values, and only a literal lets a prepared statement's plan use the indexes
     * of current reports, which are partial.
     */
    private static void conditions(Map<?, ?> filter, Sql sql) {
        Map<?, ?> f = filter == null ? Map.of() : filter;
        ReportState state = f.get("state") == null ? ReportState.CURRENT : ReportState.valueOf(f.get("state").toString());
        sql.append("r.state = '" + state.name() + "'");
        for (Map.Entry<?, ?> entry : f.entrySet()) {
            if (entry.getValue() == null || entry.getKey().equals("state")) {
                continue;
            }
            Object value = entry.getValue();
            switch (entry.getKey().toString()) {
                case "year" -> sql.append(" and r.report_year = ").value(value);
                case "yearFrom" -> sql.append(" and r.report_year >= ").value(value);
                case "yearTo" -> sql.append(" and r.report_year <= ").value(value);
                case "organisationId" -> sql.append(" and r.organisation_id = ").value(GlobalId
                        .decode(value.toString(), NodeType.Organisation).orElseThrow(() -> new Unsupported("organisationId")));
                case "organisationKind" -> sql.append(" and exists (select 1 from organisation o where "
                        + "o.id = r.organisation_id and o.kind = ").value(value.toString()).append(")");
                case "divisionCodePrefix" -> sql.append(" and exists (select 1 from organisation o where "
                        + "o.id = r.organisation_id and o.division_code like ").value(Conditions.startingWith(value.toString()))
                        .append(")");
                default -> throw new Unsupported("ReportFilter." + entry.getKey());
            }
        }
    }

    private static int first(Object first) {
        int size = first == null ? PageRequest.DEFAULT_PAGE_SIZE : (Integer) first;
        if (size < 0 || size > PageRequest.MAX_PAGE_SIZE) {
            throw new Unsupported("first: " + size);
        }
        return size;
    }

    private static Sort sort(Map<?, ?> orderBy) {
        if (orderBy == null) {
            return new Sort(null, "%s.id", null, false);
        }
        boolean descending = "DESC".equals(String.valueOf(orderBy.get("direction")));
        return switch (String.valueOf(orderBy.get("field"))) {
            case "REPORT_YEAR" -> new Sort("REPORT_YEAR", "%s.report_year", "%s.report_year", descending);
            case "PUBLISHED_DATE" -> new Sort("PUBLISHED_DATE", PUBLISHED, "to_char(" + PUBLISHED + ", 'YYYY-MM-DD')",
                    descending);
            default -> throw new Unsupported("ReportOrder.field " + orderBy.get("field"));
        };
    }

    /** The cursor to continue after, when it is one of this ordering; the engine explains any other. */
    private static Cursor after(String after, Sort sort) {
        if (after == null) {
            return null;
        }
        try {
            Cursor cursor = Cursor.decode(after);
            if (!Objects.equals(cursor.field(), sort.field())) {
                throw new Unsupported("a cursor of another ordering");
            }
            cursorValue(cursor, sort);
            return cursor;
        } catch (InvalidArgumentException | RuntimeException e) {
            throw new Unsupported("after: " + after);
        }
    }

    /** The cursor's sort value, typed as the sort expression compares it. */
    private static Object cursorValue(Cursor cursor, Sort sort) {
        if (sort.field() == null) {
            return null;
        }
        return "PUBLISHED_DATE".equals(sort.field()) ? LocalDate.parse(cursor.value()) : Integer.valueOf(cursor.value());
    }
}
