package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.Test;

/** The lookups a front end expects: by credit code, by identifier, many nodes at once, and the links between objects. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationLookupApiTest {

    private static String organisation(String name, String kind, String parent, String creditCode) {
        return ReadingData.organisation(name, kind, null, parent, creditCode, List.of());
    }

    @Test
    void shouldFindAnOrganisationByCreditCodeAndByIdentifier() {
        String code = CreditCodes.next("653101");
        Map<String, Object> input = new HashMap<>(Map.of("name", "喀什市司法局", "kind", "DEPARTMENT", "creditCode", code,
                "identifiers", List.of(Map.of("scheme", "oa-kashi", "value", "SFJ-001"))));
        String id = GraphQL.asEditor().data("mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) "
                + "{ organisation { id } } }", "input", input).getString("upsertOrganisation.organisation.id");

        JsonPath found = GraphQL.data("""
                query($code: String!, $lower: String!) {
                  byCode: organisationByCreditCode(code: $code) { id name }
                  byLowerCaseCode: organisationByCreditCode(code: $lower) { id }
                  unknown: organisationByCreditCode(code: "%s") { id }
                  byIdentifier: organisationByIdentifier(scheme: "oa-kashi", value: " SFJ-001 ") { id }
                  noIdentifier: organisationByIdentifier(scheme: "oa-kashi", value: "SFJ-002") { id } }"""
                .formatted(CreditCodes.next()), "code", code, "lower", code.toLowerCase());

        assertThat(found.getString("byCode.id")).isEqualTo(id);
        assertThat(found.getString("byLowerCaseCode.id")).isEqualTo(id);
        assertThat(found.getString("unknown")).isNull();
        assertThat(found.getString("byIdentifier.id")).isEqualTo(id);
        assertThat(found.getString("noIdentifier")).isNull();
        GraphQL.post("{ organisationByCreditCode(code: \"12345\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldPageTheChildrenAndDescendantsOfManyOrganisations() {
        String government = organisation("疏附县人民政府", "GOVERNMENT", null, null);
        String bureau = organisation("疏附县司法局", "DEPARTMENT", government, null);
        organisation("疏附县司法局城关司法所", "OTHER", bureau, null);
        IntStream.range(0, 3).forEach(i -> organisation("疏附县第" + i + "局", "DEPARTMENT", government, null));

        JsonPath first = GraphQL.data("""
                query($id: ID!) { organisation(id: $id) {
                  children(first: 2) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
                  descendants(first: 10) { totalCount nodes { name } } } }""", "id", government);
        JsonPath rest = GraphQL.data("""
                query($id: ID!, $after: String) { organisation(id: $id) { children(first: 2, after: $after) {
                  nodes { name } pageInfo { hasNextPage } } } }""",
                "id", government, "after", first.getString("organisation.children.pageInfo.endCursor"));

        assertThat(first.getInt("organisation.children.totalCount")).isEqualTo(4);
        assertThat(first.getList("organisation.children.nodes.name")).containsExactly("疏附县司法局", "疏附县第0局");
        assertThat(rest.getList("organisation.children.nodes.name")).containsExactly("疏附县第1局", "疏附县第2局");
        assertThat(rest.getBoolean("organisation.children.pageInfo.hasNextPage")).isFalse();
        assertThat(first.getInt("organisation.descendants.totalCount")).isEqualTo(5);
        assertThat(first.getList("organisation.descendants.nodes.name")).contains("疏附县司法局城关司法所");
    }

    @Test
    void shouldPageAnOrganisationsReportsWithAFilter() {
        String county = organisation("伽师县人民政府", "GOVERNMENT", null, null);
        for (int year = 2020; year <= 2023; year++) {
            ReadingData.submit(county, year, ReadingData.text("伽师县人民政府", year, null, ""));
        }
        JsonPath first = GraphQL.data("""
                query($id: ID!) { organisation(id: $id) {
                  reports(first: 3) { totalCount nodes { reportYear } pageInfo { endCursor hasNextPage } } } }""", "id", county);
        JsonPath recent = GraphQL.data("""
                query($id: ID!) { organisation(id: $id) { reports(filter: {yearFrom: 2022}) { nodes { reportYear } } } }""",
                "id", county);
        JsonPath rest = GraphQL.data("""
                query($id: ID!, $after: String) { organisation(id: $id) { reports(first: 3, after: $after) {
                  nodes { reportYear } pageInfo { hasNextPage hasPreviousPage } } } }""",
                "id", county, "after", first.getString("organisation.reports.pageInfo.endCursor"));

        assertThat(first.getInt("organisation.reports.totalCount")).isEqualTo(4);
        assertThat(first.getList("organisation.reports.nodes.reportYear")).containsExactly(2020, 2021, 2022);
        assertThat(first.getBoolean("organisation.reports.pageInfo.hasNextPage")).isTrue();
        assertThat(rest.getList("organisation.reports.nodes.reportYear")).containsExactly(2023);
        assertThat(rest.getBoolean("organisation.reports.pageInfo.hasPreviousPage")).isTrue();
        assertThat(recent.getList("organisation.reports.nodes.reportYear")).containsExactly(2022, 2023);
        GraphQL.post("""
                query($id: ID!) { organisation(id: $id) { all: reports { totalCount } recent: reports(filter: {yearFrom: 2022}) {
                  totalCount } } }""", "id", county)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("different arguments"));
    }

    @Test
    void shouldFetchNodesOfEveryTypeInTheOrderAskedAndLinkBackToTheirReport() {
        ReadingData data = ReadingData.load();
        String report = data.reports.get("bureau2023");
        JsonPath read = GraphQL.data("""
                query($id: ID!) { report(id: $id) { id
                  sections { id report { id } items { id report { id } } }
                  problems { id report { id } } metrics { report { id } } commitments { id } } }""", "id", report);
        List<String> ids = new ArrayList<>(List.of(data.bureau, report, read.getString("report.sections[1].id"),
                read.getString("report.sections[1].items[0].id"), read.getString("report.problems[0].id"),
                read.getString("report.commitments[0].id"), "bm90LWFuLWlk", data.county));

        JsonPath nodes = GraphQL.data("""
                query($ids: [String!]!) { nodes(ids: $ids) { __typename id } }""", "ids", ids);

        List<Map<String, Object>> found = nodes.getList("nodes");
        assertThat(found).hasSize(8);
        assertThat(found.get(6)).isNull();
        assertThat(found.stream().filter(java.util.Objects::nonNull).map(n -> n.get("__typename")))
                .containsExactly("Organisation", "Report", "Section", "Item", "Problem", "Commitment", "Organisation");
        assertThat(found.stream().filter(java.util.Objects::nonNull).map(n -> n.get("id")))
                .containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), ids.get(5), ids.get(7));
        assertThat(read.getList("report.sections.report.id")).containsOnly(report);
        assertThat(read.getList("report.sections[1].items.report.id")).containsOnly(report);
        assertThat(read.getList("report.problems.report.id")).containsOnly(report);
        assertThat(read.getList("report.metrics.report.id")).containsOnly(report);
    }

    @Test
    void shouldRefuseMoreThanAHundredNodes() {
        List<String> ids = IntStream.range(0, 101).mapToObj(i -> "x" + i).toList();
        GraphQL.post("query($ids: [String!]!) { nodes(ids: $ids) { id } }", "ids", ids)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
