package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Measures the parser against the gold annotation of every sample report (see gold/README.md). */
class GoldReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportParser PARSER = new ReportParser();
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Map<SectionKind, ComplianceRule> MISSING = new EnumMap<>(Map.of(
            SectionKind.MEASURES_AND_RESULTS, ComplianceRule.MISSING_MEASURES_AND_RESULTS,
            SectionKind.PROBLEMS, ComplianceRule.MISSING_PROBLEMS,
            SectionKind.LEADER_RESPONSIBILITY, ComplianceRule.MISSING_LEADER_RESPONSIBILITY,
            SectionKind.NEXT_YEAR_PLAN, ComplianceRule.MISSING_NEXT_YEAR_PLAN));

    /** A sample report, its gold annotation and what the parser makes of it. */
    record Sample(String name, JsonNode gold, ParsedReport report) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> reports() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (String name : Seeds.names()) {
            samples.add(new Sample(name, JSON.readTree(Seeds.gold(name)), PARSER.parse(Seeds.text(name))));
        }
        return samples.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void metadataMatchesGold(Sample sample) {
        JsonNode gold = sample.gold();
        ParsedReport report = sample.report();
        ReportMetadata m = report.metadata();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.script().name()).as("script").isEqualTo(gold.get("script").asText());
        soft.assertThat(m.organisationName()).as("organisation").isEqualTo(text(gold.get("organisation").get("name")));
        soft.assertThat(name(m.organisationKind())).as("kind").isEqualTo(text(gold.get("organisation").get("kind")));
        soft.assertThat(m.reportYear()).as("year").isEqualTo(gold.get("reportYear").asInt());
        soft.assertThat(m.title()).as("title").isEqualTo(text(gold.get("title")));
        soft.assertThat(m.documentNumber()).as("document number").isEqualTo(text(gold.get("documentNumber")));
        soft.assertThat(m.signer()).as("signer").isEqualTo(text(gold.get("signer")));
        soft.assertThat(m.recipient()).as("recipient").isEqualTo(text(gold.get("recipient")));
        soft.assertThat(string(m.issuedDate())).as("issued").isEqualTo(text(gold.get("issuedDate")));
        soft.assertThat(string(m.publishedDate())).as("published").isEqualTo(text(gold.get("publishedDate")));
        soft.assertThat(m.indexNumber()).as("index number").isEqualTo(text(gold.get("indexNumber")));
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void sectionsAndItemsMatchGold(Sample sample) {
        JsonNode gold = sample.gold();
        ParsedReport report = sample.report();
        List<String> expected = new ArrayList<>();
        gold.get("sections").forEach(s -> expected.add(s.get("kind").asText() + " " + text(s.get("heading"))));
        assertThat(report.sections()).extracting(s -> s.kind() + " " + s.heading()).containsExactlyElementsOf(expected);

        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode goldItems = gold.get("sections").get(i).get("items");
            if (goldItems == null) {
                continue;
            }
            List<ParsedItem> items = report.sections().get(i).items();
            soft.assertThat(items).as("items of %s", expected.get(i)).hasSize(goldItems.size());
            for (int k = 0; k < Math.min(items.size(), goldItems.size()); k++) {
                JsonNode goldItem = goldItems.get(k);
                ParsedItem item = items.get(k);
                soft.assertThat(item.marker()).as("marker %s", item.span()).isEqualTo(text(goldItem.get("marker")));
                soft.assertThat(item.title()).as("title %s", item.span()).isEqualTo(text(goldItem.get("title")));
                if (goldItem.has("subItems")) {
                    soft.assertThat(item.children()).as("sub-items of %s", item.title()).hasSize(goldItem.get("subItems").asInt());
                }
                if (goldItem.has("textContains")) {
                    soft.assertThat(item.text()).contains(goldItem.get("textContains").asText());
                }
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void commitmentsAndProblemsMatchGold(Sample sample) {
        JsonNode gold = sample.gold();
        ParsedReport report = sample.report();
        JsonNode commitments = gold.get("commitments");
        List<String> titles = new ArrayList<>();
        commitments.get("titles").forEach(t -> titles.add(text(t)));
        assertThat(report.commitments()).extracting(ParsedCommitment::title).containsExactlyElementsOf(titles);
        assertThat(report.commitments()).extracting(ParsedCommitment::targetYear)
                .containsOnly(commitments.get("targetYear").asInt());

        List<Integer> counts = new ArrayList<>();
        if (gold.has("problemsAcceptableCounts")) {
            gold.get("problemsAcceptableCounts").forEach(c -> counts.add(c.asInt()));
        } else {
            counts.add(gold.get("problems").size());
        }
        assertThat(counts).contains(report.problems().size());
        for (JsonNode problem : gold.get("problems")) {
            assertThat(report.problems()).as("problem %s", problem.asText())
                    .anySatisfy(p -> assertThat(p.text()).startsWith(problem.asText()));
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void metricsMatchGold(Sample sample) {
        JsonNode gold = sample.gold();
        ParsedReport report = sample.report();
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode metric : gold.get("metrics")) {
            BigDecimal value = metric.get("value").decimalValue();
            String unit = metric.get("unit").asText();
            String qualifier = metric.has("qualifier") ? metric.get("qualifier").asText() : null;
            soft.assertThat(report.metrics()).as("metric %s", metric.get("about").asText())
                    .anyMatch(m -> m.value().compareTo(value) == 0 && m.unit().equals(unit)
                            && java.util.Objects.equals(m.qualifier(), qualifier));
        }
        for (JsonNode notMetric : gold.get("notMetrics")) {
            soft.assertThat(report.metrics()).as("not a metric: %s", notMetric.asText())
                    .noneMatch(m -> numberOf(report.normalisedText(), m).equals(notMetric.asText()));
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void citationsLawsAndMissingSectionsMatchGold(Sample sample) {
        JsonNode gold = sample.gold();
        ParsedReport report = sample.report();
        assertThat(report.citations()).extracting(ParsedCitation::title).containsExactlyElementsOf(strings(gold.get("citations")));
        assertThat(report.citations()).filteredOn(c -> c.kind() == CitationKind.LAW).extracting(ParsedCitation::canonicalTitle)
                .containsExactlyElementsOf(strings(gold.get("laws")));
        List<ComplianceRule> missing = new ArrayList<>();
        gold.get("compliance").get("missingSections").forEach(k -> missing.add(MISSING.get(SectionKind.valueOf(k.asText()))));
        assertThat(report.findings()).extracting(ComplianceFinding::rule)
                .filteredOn(MISSING::containsValue).containsExactlyInAnyOrderElementsOf(missing);
    }

    private static String numberOf(String text, ParsedMetric metric) {
        Matcher m = NUMBER.matcher(text.substring(metric.span().start(), metric.span().end()));
        return m.find() ? m.group() : "";
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
