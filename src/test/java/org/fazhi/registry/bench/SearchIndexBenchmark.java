package org.fazhi.registry.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.registry.extraction.ReportParser;

/**
 * Compares the two ways of indexing Chinese text for substring search in PostgreSQL, on documents made
 * from the sample reports' paragraphs: pg_trgm (GIN over trigrams, {@code LIKE '%q%'}) and character
 * bigrams in a tsvector (GIN, the query's bigrams as a {@code <->} phrase). Each query's exact answer
 * ({@code strpos(body, q) > 0}, a sequential scan) gives precision and recall; the median of repeated
 * runs gives the time. Run with {@code bench/run-search.sh [documents] [repetitions]}.
 */
public final class SearchIndexBenchmark {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final List<String> QUERIES = List.of("法治", "普法", "复议", "公开", "政务公开", "执法检查", "行政执法",
            "依法行政", "营商环境", "矛盾纠纷", "规范性文件", "法治宣传教育", "习近平法治思想", "法治政府建设", "量子计算");
    /** Character bigrams of Han characters, digits and Latin letters; punctuation and spaces end a run. */
    private static final String BIGRAMS = """
            create function bigrams(t text) returns tsvector language sql immutable parallel safe as $$
              select coalesce(string_agg('''' || g || ''':' || i, ' ')::tsvector, ''::tsvector)
              from (select i, substr(lower(t), i, 2) as g from generate_series(1, length(t) - 1) i) s
              where g ~ '^[\\u3400-\\u9fff0-9a-z]{2}$'
            $$""";

    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Connection c = pg.getPostgresDatabase().getConnection()) {
            long built = load(c, documents(documents));
            System.out.printf("%d documents, %.1f MB of text, loaded in %d ms%n", documents,
                    scalar(c, "select sum(octet_length(body)) from doc") / 1e6, built);
            System.out.printf("index build: trigram %d ms, bigram %d ms (incl. computing the tsvectors)%n",
                    time(c, "create index doc_trgm on doc using gin (body gin_trgm_ops)"),
                    time(c, "update doc set bg = bigrams(body)") + time(c, "create index doc_bg on doc using gin (bg)"));
            exec(c, "vacuum analyze doc");
            System.out.printf("index size: trigram %.1f MB, bigram %.1f MB%n",
                    scalar(c, "select pg_relation_size('doc_trgm')") / 1e6,
                    scalar(c, "select pg_relation_size('doc_bg')") / 1e6);
            System.out.println();
            System.out.println("| query | exact | trigram ms | trigram P/R | bigram ms | bigram P/R |");
            System.out.println("|---|---|---|---|---|---|");
            for (String q : QUERIES) {
                Set<Long> truth = ids(c, "select id from doc where strpos(body, ?) > 0", List.of(q));
                String like = "%" + q + "%";
                String phrase = phrase(q);
                Set<Long> trigram = ids(c, "select id from doc where body like ?", List.of(like));
                Set<Long> bigram = ids(c, "select id from doc where bg @@ ?::tsquery", List.of(phrase));
                System.out.printf("| %s | %d | %.2f | %s | %.2f | %s |%n", q, truth.size(),
                        median(c, "select count(*) from doc where body like ?", like, repetitions), quality(trigram, truth),
                        median(c, "select count(*) from doc where bg @@ ?::tsquery", phrase, repetitions),
                        quality(bigram, truth));
            }
        }
    }

    /** Documents of 6–14 paragraphs drawn at random (fixed seed) from the samples' normalised texts. */
    private static List<String> documents(int count) throws IOException {
        ReportParser parser = new ReportParser();
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = parser.parse(Files.readString(file, StandardCharsets.UTF_8)).normalisedText();
                Arrays.stream(text.split("\n")).filter(p -> !p.isBlank()).forEach(paragraphs::add);
            }
        }
        Random random = new Random(6);
        List<String> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(random.ints(6 + random.nextInt(9), 0, paragraphs.size()).mapToObj(paragraphs::get)
                    .collect(Collectors.joining("\n")));
        }
        return documents;
    }

    private static long load(Connection c, List<String> documents) throws SQLException {
        long start = System.nanoTime();
        exec(c, "create extension pg_trgm");
        exec(c, BIGRAMS);
        exec(c, "create table doc (id bigint primary key, body text not null, bg tsvector)");
        try (PreparedStatement insert = c.prepareStatement("insert into doc (id, body) values (?, ?)")) {
            for (int i = 0; i < documents.size(); i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, documents.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The query's bigrams as a phrase: 政务公开 → 政务 <-> 务公 <-> 公开; one character as a prefix. */
    static String phrase(String q) {
        if (q.length() == 1) {
            return "'" + q + "':*";
        }
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 2 <= q.length(); i++) {
            grams.add("'" + q.substring(i, i + 2) + "'");
        }
        return String.join(" <-> ", grams);
    }

    private static String quality(Set<Long> found, Set<Long> truth) {
        Set<Long> right = new HashSet<>(found);
        right.retainAll(truth);
        double precision = found.isEmpty() ? 1 : (double) right.size() / found.size();
        double recall = truth.isEmpty() ? 1 : (double) right.size() / truth.size();
        return String.format("%.2f/%.2f", precision, recall);
    }

    private static double median(Connection c, String sql, String parameter, int repetitions) throws SQLException {
        double[] ms = new double[repetitions];
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[repetitions / 2];
    }

    private static Set<Long> ids(Connection c, String sql, List<String> parameters) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static double scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static long time(Connection c, String sql) throws SQLException {
        long start = System.nanoTime();
        exec(c, sql);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
