package org.fazhi.registry.search;

/**
 * Where hits are found: reports (title and normalised text), their items and their commitments. Items and
 * commitments are spans of their report's normalised text, so each of their hits lies in a report whose text holds
 * the query: they are looked for only in the reports found, never in all of them.
 */
enum SearchSource {

    REPORT(SearchHitKind.REPORT, "report", "r", "r.title", "r.normalised_text", "0", "t.length", false),
    ITEM(SearchHitKind.ITEM, "item", "i", "i.title", "i.text", "i.start_offset", "i.end_offset", true),
    COMMITMENT(SearchHitKind.COMMITMENT, "commitment", "c", "c.title", "c.text", "c.start_offset", "c.end_offset", true);

    /**
     * Occurrences of :q in a text: the bytes replacing removes, in whole occurrences. Bytes, not characters: a byte
     * length is read off the value, a character length counts through it.
     */
    private static final String HITS = "((octet_length(%1$s) - octet_length(replace(%1$s, :q, ''))) / octet_length(:q))";
    /** Title occurrences count three times; the total is damped by the text's length so short texts that are about the query win. */
    private static final String SCORE = "((3 * " + HITS.formatted("t.title") + " + " + HITS.formatted("t.text")
            + ")::float8 / (1 + ln(1 + t.length / 1000.0)))";
    /**
     * A row's title and text (null as empty) and the text's length in characters, each text read once: every mention
     * of a stored text column in an expression reads it again from its compressed out-of-line storage, which made
     * scoring a report cost four reads of its text. The fences keep the planner from folding the copies back in.
     */
    private static final String READ_ONCE = "cross join lateral (select u.title, u.text, length(u.text) as length from "
            + "(select coalesce(%1$s, '') || '' as title, coalesce(%2$s, '') || '' as text offset 0) u offset 0) t";

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
     * recent report first, as rows (kind, id, report id, d); at most {@code :<kind>Limit}. The reports are ordered
     * before the join so that the planner reads them in order and stops at the limit (an incremental sort), rather
     * than reading the rows of every report found.
     */
    String found(boolean theme) {
        return "(select '" + kind + "', " + alias + ".id, h.id, h.d from (select * from hits order by d desc, id desc) h "
                + "join " + table + " " + alias + " on " + alias + ".report_id = h.id "
                + "where (" + title + " like :pattern or " + text + " like :pattern)"
                + (theme ? " and :theme = any(" + alias + ".themes)" : "") + " order by h.d desc, h.id desc, " + alias
                + ".id desc limit :" + kind + "Limit)";
    }

    /**
     * Every hit of this source in the current reports {@code reports} selects (a condition over {@code report r}),
     * read through the source's own trigram indexes, the most recent {@code :limit} of them, as rows (kind, id).
     */
    String matches(String reports, boolean theme) {
        String join = this == REPORT ? "report r" : table + " " + alias + " join report r on r.id = " + alias + ".report_id";
        return "with m as materialized (select " + alias + ".id, r.id as report_id, " + CandidateStatements.ORDER_DATE
                + " as d from " + join + " where (" + title + " like :pattern or " + text + " like :pattern) and "
                + reports + (theme && themed ? " and :theme = any(" + alias + ".themes)" : "") + ") select '" + kind
                + "' as kind, m.id from m order by m.d desc, m.report_id desc, m.id desc limit :limit";
    }

    /** The rows {@code :<kind>Ids} with their score and the span the snippet may take, for the ranking. */
    String scored() {
        String from = this == REPORT ? "report r" : table + " " + alias;
        String reportId = this == REPORT ? "r.id" : alias + ".report_id";
        return "select '" + kind + "' as kind, " + alias + ".id as id, " + reportId + " as report_id, " + spanStart
                + " as span_start, " + spanEnd + " as span_end, " + title + " as title, " + SCORE + " as score from " + from
                + " " + READ_ONCE.formatted(title, text) + " where " + alias + ".id in (:" + kind + "Ids)";
    }
}
