package org.fazhi.registry.commitment;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Commitment lists filtered and ordered; themes as the tagger gives them on our reports and the gold samples. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CommitmentListApiTest {

    private static final String LIST = """
            query($filter: CommitmentFilter, $orderBy: CommitmentOrder, $first: Int, $after: String) {
              commitments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount nodes { id title targetYear status themes report { organisation { name } } }
                pageInfo { hasNextPage endCursor } } }""";

    private ReadingData data;

    @BeforeEach
    void load() {
        data = ReadingData.load();
    }

    private JsonPath county(Map<String, Object> filter) {
        Map<String, Object> all = new HashMap<>(filter);
        all.put("organisationId", data.county);
        return GraphQL.data(LIST, "filter", all, "first", 100).setRootPath("data.commitments");
    }

    @Test
    void shouldFilterByTargetYearStatusThemeAndText() {
        assertThat(county(Map.of()).getInt("totalCount")).isEqualTo(4);
        assertThat(county(Map.of("targetYear", 2024)).getList("nodes.targetYear")).containsExactly(2024, 2024);
        assertThat(county(Map.of("status", "DROPPED")).getList("nodes")).isEmpty();
        assertThat(county(Map.of("theme", "LEGAL_PUBLICITY")).getList("nodes.title"))
                .containsExactly("全面加强法治宣传力度", "全面加强法治宣传力度");
        assertThat(county(Map.of("textContains", "政務公開")).getList("nodes.title"))
                .containsExactly("深化政务公开", "深化政务公开");
    }

    @Test
    void shouldTagTheGoldSampleCommitmentWithLegalPublicity() {
        JsonPath found = GraphQL.data(LIST, "filter", Map.of("textContains", "全面加强法治宣传力度"), "first", 100)
                .setRootPath("data.commitments");
        List<String> organisations = found.getList("nodes.report.organisation.name");
        int gold = organisations.indexOf("济源高新技术产业开发区管理办公室");
        assertThat(gold).isNotNegative();
        assertThat(found.getList("nodes[" + gold + "].themes")).contains("LEGAL_PUBLICITY");
    }

    @Test
    void shouldOrderByTargetYearAndPageWithTheSortValueInTheCursor() {
        Map<String, Object> filter = Map.of("organisationId", data.county);
        Map<String, Object> orderBy = Map.of("field", "TARGET_YEAR", "direction", "DESC");
        JsonPath ordered = GraphQL.data(LIST, "filter", filter, "orderBy", orderBy);
        assertThat(ordered.getList("commitments.nodes.targetYear")).containsExactly(2024, 2024, 2023, 2023);
        assertThat(Pages.walk("commitments", LIST, 1, "filter", filter, "orderBy", orderBy))
                .isEqualTo(ordered.getList("commitments.nodes.id"));
        assertThat(Pages.walk("commitments", LIST, 3, "filter", filter, "orderBy", Map.of("field", "UPDATED_AT")))
                .hasSize(4);
    }
}
