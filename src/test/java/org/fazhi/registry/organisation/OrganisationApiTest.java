package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationApiTest {

    static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) {
              upsertOrganisation(input: $input) {
                created
                organisation { id name kind creditCode divisionCode otherNames parent { id name } identifiers { scheme value } }
                userErrors { field code message }
              }
            }""";

    static JsonPath upsert(Map<String, Object> input) {
        return GraphQL.asEditor().data(UPSERT, "input", input).setRootPath("data.upsertOrganisation");
    }

    @Test
    void shouldCreateAnOrganisationAndReadItBack() {
        String code = CreditCodes.next();
        JsonPath created = upsert(Map.of("name", "武定县人民政府办公室", "kind", "GOVERNMENT_OFFICE",
                "creditCode", code, "divisionCode", "532329", "otherNames", List.of("武定县政府办"),
                "identifiers", List.of(Map.of("scheme", "OA", "value", code))));
        assertThat(created.getBoolean("created")).isTrue();
        assertThat(created.getList("userErrors")).isEmpty();
        String id = created.getString("organisation.id");

        GraphQL.post("query($id: ID!) { organisation(id: $id) { id name kind creditCode divisionCode otherNames identifiers { scheme value } } }",
                        "id", id)
                .body("data.organisation.name", equalTo("武定县人民政府办公室"))
                .body("data.organisation.kind", equalTo("GOVERNMENT_OFFICE"))
                .body("data.organisation.creditCode", equalTo(code))
                .body("data.organisation.divisionCode", equalTo("532329"))
                .body("data.organisation.otherNames", equalTo(List.of("武定县政府办")))
                .body("data.organisation.identifiers[0].scheme", equalTo("OA"));
        GraphQL.post("query($id: ID!) { node(id: $id) { id ... on Organisation { name } } }", "id", id)
                .body("data.node.name", equalTo("武定县人民政府办公室"));
        GraphQL.post("{ organisations(first: 100, filter: {nameContains: \"武定县人民\"}) { totalCount nodes { id } edges { cursor node { name } } } }")
                .body("data.organisations.nodes.id", hasItem(id));
    }

    @Test
    void shouldUpdateTheOrganisationFoundByCreditCode() {
        String code = CreditCodes.next();
        String id = upsert(Map.of("name", "济源市司法局", "kind", "DEPARTMENT", "creditCode", code))
                .getString("organisation.id");

        JsonPath updated = upsert(Map.of("creditCode", code, "divisionName", "济源市", "divisionCode", "419001"));

        assertThat(updated.getBoolean("created")).isFalse();
        assertThat(updated.getString("organisation.id")).isEqualTo(id);
        assertThat(updated.getString("organisation.name")).isEqualTo("济源市司法局");
        assertThat(updated.getString("organisation.divisionCode")).isEqualTo("419001");
    }

    @Test
    void shouldRefuseAnInvalidCreditCodeAndWriteNothing() {
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = upsert(Map.of("name", "某某局", "kind", "DEPARTMENT",
                "creditCode", CreditCodes.corrupt(CreditCodes.next())));

        assertThat(refused.getString("organisation")).isNull();
        assertThat(refused.getString("userErrors[0].code")).isEqualTo("INVALID_CREDIT_CODE");
        assertThat(refused.getString("userErrors[0].field")).isEqualTo("input.creditCode");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAParentThatWouldMakeACycle() {
        String government = upsert(Map.of("name", "武定县人民政府", "kind", "GOVERNMENT")).getString("organisation.id");
        String office = upsert(Map.of("name", "武定县司法局", "kind", "DEPARTMENT", "parentId", government))
                .getString("organisation.id");

        JsonPath refused = upsert(Map.of("id", government, "parentId", office));

        assertThat(refused.getString("userErrors[0].code")).isEqualTo("PARENT_CYCLE");
        GraphQL.post("query($id: ID!) { organisation(id: $id) { parent { id } } }", "id", government)
                .body("data.organisation.parent", equalTo(null));
    }

    @Test
    void shouldRequireANameAndKindForANewOrganisation() {
        JsonPath refused = upsert(Map.of("divisionCode", "41"));

        assertThat(refused.getList("userErrors.code")).containsExactlyInAnyOrder(
                "INVALID_DIVISION_CODE", "REQUIRED", "REQUIRED");
    }

    @Test
    void shouldPageThroughOrganisationsWithCursors() {
        for (int i = 0; i < 3; i++) {
            upsert(Map.of("name", "分页测试镇" + i, "kind", "TOWNSHIP"));
        }
        JsonPath first = GraphQL.data("{ organisations(first: 2, filter: {nameContains: \"分页测试镇\"}) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }");
        assertThat(first.getInt("organisations.totalCount")).isGreaterThanOrEqualTo(3);
        assertThat(first.getList("organisations.nodes")).hasSize(2);
        assertThat(first.getBoolean("organisations.pageInfo.hasNextPage")).isTrue();

        JsonPath second = GraphQL.data("query($after: String) { organisations(first: 2, after: $after, filter: {nameContains: \"分页测试镇\"}) { nodes { name } pageInfo { hasPreviousPage } } }",
                "after", first.getString("organisations.pageInfo.endCursor"));
        assertThat(second.getList("organisations.nodes.name")).doesNotContainAnyElementsOf(first.getList("organisations.nodes.name"));
        assertThat(second.getBoolean("organisations.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void shouldRefuseAPageLargerThanTheLimit() {
        GraphQL.post("{ organisations(first: 1000) { totalCount } }")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("`first` must be between 0 and 100"));
    }
}
