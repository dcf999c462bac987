package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every span indexes the normalised text so that its substring is the thing extracted. */
class SpanInvariantTest {

    private static final ReportParser PARSER = new ReportParser();

    static Stream<String> reports() {
        return Seeds.names().stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void itemSpansCoverMarkerAndText(String name) {
        ParsedReport report = PARSER.parse(Seeds.text(name));
        String text = report.normalisedText();
        List<ParsedItem> items = new ArrayList<>();
        report.sections().forEach(section -> collect(section.items(), items));
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            String covered = covered(text, item.span());
            assertThat(covered).endsWith(item.text());
            if (item.marker() != null) {
                assertThat(Markers.display(covered)).startsWith(item.marker());
            }
        });
        report.sections().forEach(section -> assertThat(section.span().contains(
                section.items().isEmpty() ? section.span() : section.items().get(0).span())).isTrue());
        report.commitments().forEach(c -> assertThat(c.span()).isEqualTo(c.item().span()));
        report.problems().forEach(p -> assertThat(p.span()).isEqualTo(p.item().span()));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void metricSpansCoverNumberQualifierAndUnit(String name) {
        ParsedReport report = PARSER.parse(Seeds.text(name));
        String text = report.normalisedText();
        assertThat(report.metrics()).isNotEmpty().allSatisfy(metric -> {
            String covered = covered(text, metric.span());
            assertThat(covered).contains(metric.value().toPlainString()).contains(metric.unit().substring(metric.unit().length() - 1));
            if (metric.qualifier() != null) {
                assertThat(covered).contains(metric.qualifier());
            }
            assertThat(metric.about()).contains(covered);
        });
    }

    @ParameterizedTest
    @MethodSource("reports")
    void citationSpansCoverTheBracketedTitle(String name) {
        ParsedReport report = PARSER.parse(Seeds.text(name));
        String text = report.normalisedText();
        assertThat(report.citations()).isNotEmpty().allSatisfy(citation -> {
            String covered = covered(text, citation.firstSpan());
            assertThat(covered).startsWith("《").endsWith("》");
            assertThat(covered.substring(1, covered.length() - 1).replaceAll("\\s", "")).isEqualTo(citation.title());
        });
    }

    private static String covered(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    private static void collect(List<ParsedItem> items, List<ParsedItem> into) {
        for (ParsedItem item : items) {
            into.add(item);
            collect(item.children(), into);
        }
    }
}
