package org.fazhi.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statistics over our own four reports (divisions 6542xx (塔城地区)), whose every number is known. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatisticsApiTest {

    private static final String STATISTICS = """
            query($filter: ReportFilter, $first: Int) { statistics(filter: $filter) {
              reportCount
              reportsByYear { year count }
              reportsByOrganisationKind { kind count }
              commitmentsByStatus { status count }
              commitmentsByTargetYear { year count }
              repeatedProblems { title count organisationCount }
              mostCitedLaws(kind: LAW, first: $first) { canonicalTitle kind reportCount occurrences }
              metricTotals { unit year total count }
              findingsByRule { rule count } } }""";

    @BeforeEach
    void load() {
        ReadingData.load();
    }

    private static JsonPath statistics(Map<String, Object> filter) {
        return GraphQL.data(STATISTICS, "filter", filter, "first", 10).setRootPath("data.statistics");
    }

    @Test
    void shouldCountReportsByYearAndOrganisationKind() {
        JsonPath ours = statistics(Map.of("divisionCodePrefix", ReadingData.DIVISION));
        assertThat(ours.getInt("reportCount")).isEqualTo(4);
        assertThat(ours.getList("reportsByYear")).containsExactly(Map.of("year", 2022, "count", 1),
                Map.of("year", 2023, "count", 3));
        assertThat(ours.getList("reportsByOrganisationKind")).containsExactly(Map.of("kind", "GOVERNMENT", "count", 2),
                Map.of("kind", "DEPARTMENT", "count", 1), Map.of("kind", "DEVELOPMENT_ZONE", "count", 1));
    }

    @Test
    void shouldCountCommitmentsByStatusAndTargetYear() {
        JsonPath ours = statistics(Map.of("divisionCodePrefix", ReadingData.DIVISION));
        assertThat(ours.getList("commitmentsByTargetYear")).containsExactly(Map.of("year", 2023, "count", 2),
                Map.of("year", 2024, "count", 6));
        assertThat(ours.getList("commitmentsByStatus.count", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(8);
    }

    @Test
    void shouldFindRepeatedProblemsCitedLawsMetricTotalsAndFindings() {
        JsonPath ours = statistics(Map.of("divisionCodePrefix", ReadingData.DIVISION));
        assertThat(ours.getList("repeatedProblems")).containsExactly(
                Map.of("title", "执法人员专业能力不足", "count", 4, "organisationCount", 3));
        assertThat(ours.getList("mostCitedLaws")).containsExactly(
                Map.of("canonicalTitle", "行政复议法", "kind", "LAW", "reportCount", 1, "occurrences", 1));
        assertThat(ours.getList("metricTotals")).contains(
                Map.of("unit", "条", "year", 2022, "total", 120, "count", 1),
                Map.of("unit", "条", "year", 2023, "total", 360, "count", 3),
                Map.of("unit", "件", "year", 2023, "total", 6, "count", 1));
        assertThat(ours.getList("findingsByRule")).contains(Map.of("rule", "LATE_PUBLICATION", "count", 1));
    }

    @Test
    void shouldAggregateTheSamplesUnderAnyReportFilter() {
        JsonPath all = statistics(Map.of("yearFrom", 2024, "yearTo", 2024));
        assertThat(all.getInt("reportCount")).isGreaterThanOrEqualTo(4);
        List<String> laws = all.getList("mostCitedLaws.canonicalTitle");
        assertThat(laws).contains("宪法", "民法典");
        assertThat(all.getList("reportsByYear.year")).containsExactly(2024);
    }

    @Test
    void shouldRefuseMoreThanAHundredRows() {
        GraphQL.post("{ statistics { repeatedProblems(first: 1000) { title } } }")
                .body("errors[0].message", containsString("`first` must be between 0 and 100"));
    }
}
