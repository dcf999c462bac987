package org.fazhi.registry.search;

/**
 * Where hits are found: reports (title and normalised text), their items and their commitments. Items and
 * commitments are spans of their report's normalised text, so each of their hits lies in a report whose text holds
 * the query: they are looked for only in the reports found, never in all of them.
 */
enum SearchSource {

    REPORT(SearchHitKind.REPORT, "report", "r", "r.title", "r.normalised_text", "0", "length(r.normalised_text)", false),
    ITEM(SearchHitKind.ITEM, "item", "i", "i.title", "i.text", "i.start_offset", "i.end_offset", true),
    COMMITMENT(SearchHitKind.COMMITMENT, "commitment", "c", "c.title", "c.text", "c.start_offset", "c.end_offset", true);

    /** Occurrences of :q in a text column (null counts none). */
    private static final String HITS = "((length(coalesce(%1$s, '')) - length(replace(coalesce(%1$s, ''), :q, ''))) / length(:q))";
    /** Title occurrences count three times; the total is damped by the text's length so short texts that are about the query win. */
    private static final String SCORE = "((3 * " + HITS.formatted("%1$s") + " + " + HITS.formatted("%2$s")
            + ")::float8 / (1 + ln(1 + length(%2$s) / 1000.0)))";

    final SearchHitKind kind;
    private final String table;
    private final String alias;
    private final String title;
    private final String text;
    private final String spanStart;
    private final String spanEnd;
    /** Whether rows carry themes; whole reports do not, so a theme filter leaves them out. */
    final boolean themed;

    SearchSource(SearchHitKind kind, String table, String alias, String title, String text, String spanStart,
            String spanEnd, boolean themed) {
        this.kind = kind;
        this.table = table;
        this.alias = alias;
        this.title = title;
        this.text = text;
        this.spanStart = spanStart;
        this.spanEnd = spanEnd;
        this.themed = themed;
    }

    /**
     * The hits of an item or commitment source among the reports {@code hits} holds (id, d: the order date), most
     * recent report first, as rows (kind, id, report id, d); at most {@code :<kind>Limit}.
     */
    String found(boolean theme) {
        return "(select '" + kind + "', " + alias + ".id, h.id, h.d from hits h join " + table + " " + alias + " on "
                + alias + ".report_id = h.id where (" + title + " like :pattern or " + text + " like :pattern)"
                + (theme ? " and :theme = any(" + alias + ".themes)" : "") + " order by h.d desc, h.id desc, " + alias
                + ".id desc limit :" + kind + "Limit)";
    }

    /**
     * Every hit of this source in the current reports {@code reports} selects (a condition over {@code report r}),
     * read through the source's own trigram indexes, the most recent {@code :limit} of them, as rows (kind, id).
     */
    String matches(String reports, boolean theme) {
        String join = this == REPORT ? "report r" : table + " " + alias + " join report r on r.id = " + alias + ".report_id";
        return "with m as materialized (select " + alias + ".id, r.id as report_id, coalesce(r.published_date, date "
                + "'0001-01-01') as d from " + join + " where (" + title + " like :pattern or " + text + " like :pattern) and "
                + reports + (theme && themed ? " and :theme = any(" + alias + ".themes)" : "") + ") select '" + kind
                + "' as kind, m.id from m order by m.d desc, m.report_id desc, m.id desc limit :limit";
    }

    /** The rows {@code :<kind>Ids} with their score and the span the snippet may take, for the ranking. */
    String scored() {
        String from = this == REPORT ? "report r" : table + " " + alias;
        String reportId = this == REPORT ? "r.id" : alias + ".report_id";
        return "select '" + kind + "' as kind, " + alias + ".id as id, " + reportId + " as report_id, " + spanStart
                + " as span_start, " + spanEnd + " as span_end, " + title + " as title, " + SCORE.formatted(title, text)
                + " as score from " + from + " where " + alias + ".id in (:" + kind + "Ids)";
    }
}
