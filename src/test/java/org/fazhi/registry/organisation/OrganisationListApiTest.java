package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.Pages;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organisation lists filtered and ordered, on our own organisations in the divisions 6542xx (塔城地区). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationListApiTest {

    private static final String LIST = """
            query($filter: OrganisationFilter, $orderBy: OrganisationOrder, $first: Int, $after: String) {
              organisations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount nodes { id } pageInfo { hasNextPage endCursor } } }""";

    private ReadingData data;

    @BeforeEach
    void load() {
        data = ReadingData.load();
    }

    private static Map<String, Object> ours(Map<String, Object> filter) {
        Map<String, Object> all = new HashMap<>(filter);
        all.put("divisionCodePrefix", ReadingData.DIVISION);
        return all;
    }

    private static List<String> ids(Map<String, Object> filter) {
        return GraphQL.data(LIST, "filter", ours(filter), "first", 100).getList("organisations.nodes.id");
    }

    @Test
    void shouldFindNamesTypedInTraditionalCharacters() {
        assertThat(ids(Map.of("nameContains", "樣例縣"))).containsExactly(data.county, data.bureau);
        // The zone's other name is stored in traditional characters, its name in simplified ones.
        assertThat(ids(Map.of("nameContains", "樣例高新區"))).containsExactly(data.zone);
        assertThat(ids(Map.of("nameContains", "样例高新区"))).containsExactly(data.zone);
    }

    @Test
    void shouldFilterByKindDivisionParentAndCreditCode() {
        assertThat(ids(Map.of())).containsExactly(data.zone, data.county, data.bureau);
        assertThat(ids(Map.of("kind", "GOVERNMENT"))).containsExactly(data.county);
        assertThat(GraphQL.data(LIST, "filter", Map.of("divisionCodePrefix", "654202")).getList("organisations.nodes.id"))
                .containsExactly(data.county, data.bureau);
        assertThat(ids(Map.of("parentId", data.county))).containsExactly(data.bureau);
        assertThat(ids(Map.of("hasCreditCode", true))).containsExactly(data.bureau);
        assertThat(ids(Map.of("hasCreditCode", false))).containsExactly(data.zone, data.county);
    }

    @Test
    void shouldOrderByNameAndPageWithTheSortValueInTheCursor() {
        Map<String, Object> orderBy = Map.of("field", "NAME", "direction", "DESC");
        List<String> all = GraphQL.data(LIST, "filter", ours(Map.of()), "orderBy", orderBy)
                .getList("organisations.nodes.id");
        // 样例高新区… > 样例县司法局 > 样例县人民政府 in code-point order (高 U+9AD8, 县 U+53BF; 司 U+53F8 > 人 U+4EBA).
        assertThat(all).containsExactly(data.zone, data.bureau, data.county);
        assertThat(Pages.walk("organisations", LIST, 1, "filter", ours(Map.of()), "orderBy", orderBy)).isEqualTo(all);
    }

    @Test
    void shouldOrderByRegistrationTime() {
        assertThat(Pages.walk("organisations", LIST, 2, "filter", ours(Map.of()),
                "orderBy", Map.of("field", "CREATED_AT", "direction", "DESC")))
                .containsExactly(data.bureau, data.county, data.zone);
    }
}
