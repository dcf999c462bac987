package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.Pages;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Report lists filtered and ordered, on our own reports in the divisions 6542xx (塔城地区). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportListApiTest {

    private static final String LIST = """
            query($filter: ReportFilter, $orderBy: ReportOrder, $first: Int, $after: String) {
              reports(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount nodes { id } pageInfo { hasNextPage endCursor } } }""";

    private static ReadingData data;

    @BeforeEach
    void load() {
        data = ReadingData.load();
    }

    private static List<String> ids(Map<String, Object> filter) {
        return GraphQL.data(LIST, "filter", ours(filter)).getList("reports.nodes.id");
    }

    private static Map<String, Object> ours(Map<String, Object> filter) {
        Map<String, Object> all = new java.util.HashMap<>(filter);
        all.put("divisionCodePrefix", ReadingData.DIVISION);
        return all;
    }

    private List<String> reports(String... names) {
        return java.util.Arrays.stream(names).map(data.reports::get).toList();
    }

    @Test
    void shouldFilterByDivisionPrefixAndOrganisationKind() {
        assertThat(ids(Map.of())).containsExactlyInAnyOrderElementsOf(
                reports("county2022", "county2023", "bureau2023", "zone2023"));
        assertThat(ids(Map.of("organisationKind", "DEPARTMENT"))).containsExactlyElementsOf(reports("bureau2023"));
        assertThat(ids(Map.of("divisionCodePrefix", "654201"))).isNotEmpty();
        assertThat(GraphQL.data(LIST, "filter", Map.of("divisionCodePrefix", "654201")).getList("reports.nodes.id"))
                .containsExactlyElementsOf(reports("zone2023"));
    }

    @Test
    void shouldFilterByOrganisationAndYearRange() {
        assertThat(ids(Map.of("organisationId", data.county))).containsExactlyElementsOf(reports("county2022", "county2023"));
        assertThat(ids(Map.of("yearFrom", 2023))).containsExactlyInAnyOrderElementsOf(
                reports("county2023", "bureau2023", "zone2023"));
        assertThat(ids(Map.of("yearTo", 2022))).containsExactlyElementsOf(reports("county2022"));
        assertThat(ids(Map.of("yearFrom", 2022, "yearTo", 2022, "organisationId", data.county)))
                .containsExactlyElementsOf(reports("county2022"));
    }

    @Test
    void shouldFilterByStateFindingsLatePublicationAndCitedLaw() {
        assertThat(ids(Map.of("state", "SUPERSEDED"))).isEmpty();
        assertThat(ids(Map.of("publishedLate", true))).containsExactlyElementsOf(reports("county2023"));
        assertThat(ids(Map.of("publishedLate", false))).containsExactlyInAnyOrderElementsOf(
                reports("county2022", "bureau2023", "zone2023"));
        assertThat(ids(Map.of("hasFinding", "LATE_PUBLICATION"))).containsExactlyElementsOf(reports("county2023"));
        // Traditional input, with the brackets and the state prefix the stored canonical title lacks.
        assertThat(ids(Map.of("citesLaw", "《中華人民共和國行政復議法》"))).containsExactlyElementsOf(reports("bureau2023"));
    }

    @Test
    void shouldOrderByYearDescendingAndPageWithTheSortValueInTheCursor() {
        Map<String, Object> orderBy = Map.of("field", "REPORT_YEAR", "direction", "DESC");
        List<String> all = GraphQL.data(LIST, "filter", ours(Map.of()), "orderBy", orderBy, "first", 10)
                .getList("reports.nodes.id");
        assertThat(all.get(3)).isEqualTo(data.reports.get("county2022"));
        assertThat(Pages.walk("reports", LIST, 1, "filter", ours(Map.of()), "orderBy", orderBy)).isEqualTo(all);
    }

    @Test
    void shouldOrderByPublishedDateWithUnknownDatesFirst() {
        Map<String, Object> orderBy = Map.of("field", "PUBLISHED_DATE");
        assertThat(Pages.walk("reports", LIST, 3, "filter", ours(Map.of()), "orderBy", orderBy))
                .containsExactlyElementsOf(reports("zone2023", "county2022", "bureau2023", "county2023"));
    }

    @Test
    void shouldOrderBySubmissionTime() {
        Map<String, Object> orderBy = Map.of("field", "CREATED_AT", "direction", "DESC");
        assertThat(Pages.walk("reports", LIST, 2, "filter", ours(Map.of()), "orderBy", orderBy))
                .containsExactlyElementsOf(reports("zone2023", "bureau2023", "county2023", "county2022"));
    }

    @Test
    void shouldRefuseACursorOfAnotherOrdering() {
        String cursor = GraphQL.data(LIST, "filter", ours(Map.of()), "first", 1).getString("reports.pageInfo.endCursor");
        GraphQL.post(LIST, "filter", ours(Map.of()), "orderBy", Map.of("field", "REPORT_YEAR"), "after", cursor)
                .body("errors[0].message", containsString("another ordering"));
    }
}
