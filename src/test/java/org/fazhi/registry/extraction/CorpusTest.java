package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser on forty real report openings it was not written for (corpus/README.md): each field
 * against its gold value, printed per field. The bar is the share of all scored fields that are right.
 */
class CorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportParser PARSER = new ReportParser();
    private static final double REQUIRED_SHARE = 0.95;
    private static final String SKIP = "SKIP";

    /** One field: how to read the parser's value and the gold's; a gold of null skips it unless it is scored as null. */
    private record FieldRule(String gold, boolean scoreNull, BiFunction<ParsedReport, JsonNode, Boolean> right) {
    }

    private static final Map<String, FieldRule> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("organisation", new FieldRule("orgContains", true, CorpusTest::organisationRight));
        FIELDS.put("kind", new FieldRule("kind", false,
                (r, g) -> g.asText().equals(String.valueOf(r.metadata().organisationKind()))));
        FIELDS.put("title", new FieldRule("title", true,
                (r, g) -> Objects.equals(canonical(text(g)), canonical(r.metadata().title()))));
        FIELDS.put("year", new FieldRule("year", true, (r, g) -> Objects.equals(g.asInt(), r.metadata().reportYear())));
        FIELDS.put("recipient", new FieldRule("recipient", true,
                (r, g) -> Objects.equals(text(g), r.metadata().recipient())));
        FIELDS.put("publishedDate", new FieldRule("publishedDate", true,
                (r, g) -> Objects.equals(text(g), string(r.metadata().publishedDate()))));
        FIELDS.put("issuedDate", new FieldRule("issuedDate", true,
                (r, g) -> Objects.equals(text(g), string(r.metadata().issuedDate()))));
        FIELDS.put("indexNumber", new FieldRule("indexNumber", true,
                (r, g) -> Objects.equals(text(g), r.metadata().indexNumber())));
        FIELDS.put("script", new FieldRule("script", false, (r, g) -> g.asText().equals(r.script().name())));
        FIELDS.put("firstSection", new FieldRule("firstSection", false,
                (r, g) -> g.asText().equals(String.valueOf(firstSection(r)))));
    }

    private static final Map<String, int[]> SCORES = new LinkedHashMap<>();
    private static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void score() throws IOException {
        FIELDS.keySet().forEach(field -> SCORES.put(field, new int[2]));
        for (JsonNode gold : JSON.readTree(resource("corpus/gold.json"))) {
            String file = gold.get("file").asText();
            ParsedReport report = PARSER.parse(resource("corpus/texts/" + file));
            FIELDS.forEach((field, rule) -> scoreField(file, field, rule, gold.get(rule.gold()), report));
        }
        printScores();
    }

    private static void scoreField(String file, String field, FieldRule rule, JsonNode gold, ParsedReport report) {
        boolean isNull = gold == null || gold.isNull();
        if ((isNull && !rule.scoreNull()) || SKIP.equals(text(gold))) {
            return;
        }
        int[] score = SCORES.get(field);
        score[1]++;
        if (rule.right().apply(report, gold)) {
            score[0]++;
        } else {
            MISSES.add(file + " " + field + ": expected " + text(gold) + ", read " + readValue(field, report));
        }
    }

    @Test
    void readsAtLeastNinetyFivePercentOfScoredFields() {
        int right = SCORES.values().stream().mapToInt(s -> s[0]).sum();
        int scored = SCORES.values().stream().mapToInt(s -> s[1]).sum();
        assertThat((double) right / scored).as("share of scored fields read right; misses: %s", MISSES)
                .isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void neverNamesABodyTheTextDoesNotName() throws IOException {
        for (JsonNode gold : JSON.readTree(resource("corpus/gold.json"))) {
            if (gold.get("orgContains").isNull()) {
                ParsedReport report = PARSER.parse(resource("corpus/texts/" + gold.get("file").asText()));
                assertThat(report.metadata().organisationName()).as(gold.get("file").asText()).isNull();
            }
        }
    }

    @Test
    void readsEveryYearAndScript() {
        assertThat(SCORES.get("year")[0]).as("years; misses: %s", MISSES).isEqualTo(SCORES.get("year")[1]);
        assertThat(SCORES.get("script")[0]).as("scripts; misses: %s", MISSES).isEqualTo(SCORES.get("script")[1]);
    }

    private static boolean organisationRight(ParsedReport report, JsonNode gold) {
        String name = report.metadata().organisationName();
        return gold.isNull() ? name == null : name != null && canonical(name).contains(canonical(gold.asText()));
    }

    private static SectionKind firstSection(ParsedReport report) {
        return report.sections().stream().map(ParsedSection::kind).filter(k -> k != SectionKind.PREAMBLE)
                .findFirst().orElse(null);
    }

    private static String readValue(String field, ParsedReport r) {
        ReportMetadata m = r.metadata();
        return switch (field) {
            case "organisation" -> m.organisationName();
            case "kind" -> String.valueOf(m.organisationKind());
            case "title" -> m.title();
            case "year" -> String.valueOf(m.reportYear());
            case "recipient" -> m.recipient();
            case "publishedDate" -> string(m.publishedDate());
            case "issuedDate" -> string(m.issuedDate());
            case "indexNumber" -> m.indexNumber();
            case "script" -> r.script().name();
            default -> String.valueOf(firstSection(r));
        };
    }

    private static void printScores() {
        StringBuilder out = new StringBuilder("Corpus scores (right/scored):\n");
        int right = 0;
        int scored = 0;
        for (Map.Entry<String, int[]> e : SCORES.entrySet()) {
            int[] s = e.getValue();
            out.append(String.format("  %-14s %2d/%2d  %5.1f %%%n", e.getKey(), s[0], s[1], 100.0 * s[0] / s[1]));
            right += s[0];
            scored += s[1];
        }
        out.append(String.format("  %-14s %3d/%3d %5.1f %%%n", "all fields", right, scored, 100.0 * right / scored));
        MISSES.forEach(miss -> out.append("  miss: ").append(miss).append('\n'));
        System.out.print(out);
    }

    /** Brackets compared without regard to width, spaces ignored. */
    private static String canonical(String s) {
        return s == null ? null : s.replace('（', '(').replace('）', ')').replace(" ", "");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CorpusTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
