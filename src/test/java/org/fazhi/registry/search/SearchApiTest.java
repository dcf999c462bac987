package org.fazhi.registry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.Pages;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over the samples and our own reports, through HTTP against PostgreSQL. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SearchApiTest {

    private static final String SEARCH = """
            query($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
              search(query: $q, filter: $filter, first: $first, after: $after) {
                totalCount
                nodes { kind score snippet startOffset endOffset
                  report { id title normalisedText organisation { name } } item { id text } commitment { id title } }
                edges { cursor }
                pageInfo { hasNextPage endCursor } } }""";

    private ReadingData data;

    @BeforeEach
    void load() {
        data = ReadingData.load();
    }

    /** Searches the samples and {@link ReadingData}, leaving out reports other tests load for later years. */
    private static JsonPath search(String q, Map<String, Object> filter) {
        return GraphQL.data(SEARCH, "q", q, "filter", upTo2030(filter), "first", 100).setRootPath("data.search");
    }

    private static Map<String, Object> upTo2030(Map<String, Object> filter) {
        Map<String, Object> bounded = new HashMap<>(filter);
        bounded.putIfAbsent("yearTo", 2030);
        return bounded;
    }

    @Test
    void shouldFindSimplifiedTextWithTraditionalInput() {
        JsonPath hits = search("政務公開", Map.of("kinds", List.of("REPORT")));
        List<String> organisations = hits.getList("nodes.report.organisation.name");
        // 004 (five occurrences) and 002 (two) among the samples, and our own reports.
        assertThat(organisations).contains("样例县人民政府", "样例县司法局", "样例高新区管理委员会");
        assertThat(hits.getList("nodes.snippet", String.class)).allMatch(s -> s.contains("【政务公开】"));
        assertThat(search("政务公开", Map.of("kinds", List.of("REPORT"))).getInt("totalCount"))
                .isEqualTo(hits.getInt("totalCount"));
    }

    @Test
    void shouldPointOffsetsAtTheMatchInTheNormalisedText() {
        JsonPath hits = search("执法检查", Map.of());
        assertThat(hits.getList("nodes.kind")).contains("REPORT", "ITEM");
        List<Map<String, Object>> nodes = hits.getList("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            String text = hits.getString("nodes[" + i + "].report.normalisedText");
            int start = hits.getInt("nodes[" + i + "].startOffset");
            int end = hits.getInt("nodes[" + i + "].endOffset");
            assertThat(text.substring(start, end)).isEqualTo("执法检查");
        }
    }

    @Test
    void shouldRankAShortItemAboutTheQueryAboveTheWholeReport() {
        JsonPath hits = search("执法检查", Map.of("organisationId", data.county, "yearFrom", 2023));
        assertThat(hits.getList("nodes.kind")).containsExactly("ITEM", "REPORT");
        assertThat(hits.getString("nodes[0].item.text")).startsWith("加强行政执法监督");
        assertThat(hits.getString("nodes[0].snippet")).isEqualTo("（二）加强行政执法监督。开展【执法检查】8次。");
        assertThat(hits.getFloat("nodes[0].score")).isGreaterThan(hits.getFloat("nodes[1].score"));
    }

    @Test
    void shouldFilterByKindYearAndTheme() {
        JsonPath commitments = search("政务公开", Map.of("kinds", List.of("COMMITMENT"), "organisationId", data.county));
        assertThat(commitments.getList("nodes.commitment.title")).containsExactly("深化政务公开", "深化政务公开");
        assertThat(search("政务公开", Map.of("organisationId", data.county, "yearTo", 2022)).getList("nodes.report.id"))
                .containsOnly(data.reports.get("county2022"));
        JsonPath themed = search("法治", Map.of("organisationId", data.county, "theme", "LEGAL_PUBLICITY"));
        assertThat(themed.getList("nodes.kind")).doesNotContain("REPORT").isNotEmpty();
        assertThat(themed.getList("nodes.commitment.title")).contains("全面加强法治宣传力度");
    }

    @Test
    void shouldPageThroughTheRanking() {
        JsonPath all = search("政务", Map.of());
        assertThat(all.getInt("totalCount")).isBetween(6, 100);
        List<String> ids = Pages.walk("search", """
                query($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
                  search(query: $q, filter: $filter, first: $first, after: $after) {
                    nodes { id: snippet } pageInfo { hasNextPage endCursor } } }""", 2, "q", "政务", "filter", upTo2030(Map.of()));
        assertThat(ids).isEqualTo(all.getList("nodes.snippet"));
    }

    @Test
    void shouldRefuseABlankQuery() {
        GraphQL.post(SEARCH, "q", "  ").body("errors[0].message", containsString("must not be blank"));
    }
}
