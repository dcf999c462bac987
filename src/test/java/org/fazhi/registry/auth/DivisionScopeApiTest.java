package org.fazhi.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Editors and reviewers of a province or county write for the organisations of its part of the map only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DivisionScopeApiTest {

    private static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) {
              upsertOrganisation(input: $input) { organisation { id divisionCode } userErrors { code } }
            }""";
    private static final String TEXT = "一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n二、存在的问题和不足\n"
            + "一是学习不够深入。\n三、2025年工作安排\n（一）加强依法行政能力建设。\n";
    /** 河南省 */
    private static final GraphQL.Bearer HENAN = GraphQL.as(DevTokens.issueScoped("henan-editor", "410000", "editor", "reviewer"));

    private static ValidatableResponse upsert(GraphQL.Bearer caller, String name, String divisionCode) {
        return caller.post(UPSERT, "input", Map.of("name", name, "kind", "GOVERNMENT", "divisionCode", divisionCode));
    }

    private static String registered(String name, String divisionCode) {
        return upsert(GraphQL.asEditor(), name, divisionCode).extract().path("data.upsertOrganisation.organisation.id");
    }

    private static void assertForbidden(ValidatableResponse response, String scope) {
        response.body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("division scope (" + scope + ")"));
    }

    @Test
    void shouldLetAScopedEditorWriteInsideItsScope() {
        upsert(HENAN, "涧西区人民政府", "410305")
                .body("errors", equalTo(null))
                .body("data.upsertOrganisation.organisation.divisionCode", equalTo("410305"));
    }

    @Test
    void shouldRefuseAScopedEditorOutsideItsScopeNamingTheScopeAndWriteNothing() {
        Map<String, Long> before = Database.rowCounts();

        assertForbidden(upsert(HENAN, "江岸区人民政府", "420102"), "410000");

        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldKeepNationalScopeForATokenWithoutTheClaim() {
        upsert(GraphQL.asEditor(), "硚口区人民政府", "420104").body("errors", equalTo(null));
    }

    @Test
    void shouldTakeAnArrayOfDivisions() {
        GraphQL.Bearer twoCounties = GraphQL.as(DevTokens.issueScoped("two-counties", List.of("420106", "410306"), "editor"));

        upsert(twoCounties, "武昌区人民政府", "420106").body("errors", equalTo(null));
        upsert(twoCounties, "吉利区人民政府", "410306").body("errors", equalTo(null));
        assertForbidden(upsert(twoCounties, "青山区人民政府", "420107"), "420106, 410306");
    }

    @Test
    void shouldRefuseReportsOfOrganisationsOutsideTheScopeAndBodiesItCannotPlace() {
        String outside = registered("洪山区人民政府", "420111");
        Map<String, Long> before = Database.rowCounts();

        assertForbidden(HENAN.post("mutation($org: ID!, $t: String!) { submitReport(input: {organisation: {id: $org}, "
                + "reportYear: 2024, text: $t}) { report { id } } }", "org", outside, "t", TEXT), "410000");
        assertForbidden(HENAN.post("mutation($t: String!) { submitReport(input: {reportYear: 2024, text: $t}) { report { id } } }",
                "t", "武汉市江汉区司法局关于2024年法治政府建设工作情况的报告\n" + TEXT), "410000");

        assertThat(Database.rowCounts()).as("neither a report nor an organisation detected from the text").isEqualTo(before);
    }

    @Test
    void shouldRefuseAMergeWithAnOrganisationOutsideTheScope() {
        String inside = registered("瀍河回族区人民政府", "410304");
        String outside = registered("蔡甸区人民政府", "420114");

        assertForbidden(HENAN.post("mutation($s: ID!, $t: ID!) { mergeOrganisations(input: {sourceId: $s, targetId: $t}) "
                + "{ organisation { id } } }", "s", outside, "t", inside), "410000");

        GraphQL.post("query($id: ID!) { organisation(id: $id) { id } }", "id", outside)
                .body("data.organisation.id", equalTo(outside));
    }

    @Test
    void shouldRefuseNationalRulesAndOtherProvincesObligations() {
        assertForbidden(HENAN.post("mutation { setReportingDeadline(input: {reportYear: 2024, dueBeforeMonth: 3, "
                + "dueBeforeDay: 1, basis: \"全国\"}) { rule { divisionCode } } }"), "410000");
        assertForbidden(HENAN.post("mutation { setReportingObligations(input: {reportYear: 2024, organisations: [], "
                + "divisionCode: \"420100\"}) { added } }"), "410000");
        HENAN.post("mutation { setReportingDeadline(input: {divisionCode: \"410300\", reportYear: 2024, dueBeforeMonth: 3, "
                + "dueBeforeDay: 1, basis: \"洛阳市\"}) { rule { divisionCode } userErrors { code } } }")
                .body("errors", equalTo(null))
                .body("data.setReportingDeadline.rule.divisionCode", equalTo("410300"));
    }

    @Test
    void shouldLimitAScopedReviewerToTheCommitmentsOfItsScope() {
        String outside = registered("江夏区人民政府", "420115");
        String commitment = GraphQL.asEditor().data("mutation($org: ID!, $t: String!) { submitReport(input: "
                        + "{organisation: {id: $org}, reportYear: 2024, text: $t}) { report { commitments { id } } } }",
                "org", outside, "t", "江夏区人民政府2024年法治政府建设情况的报告\n" + TEXT)
                .getString("submitReport.report.commitments[0].id");

        assertForbidden(HENAN.post("mutation($c: ID!) { reviewCommitment(input: {commitmentId: $c, status: FULFILLED, "
                + "note: \"已完成\"}) { commitment { status } } }", "c", commitment), "410000");
    }

    @Test
    void shouldRefuseATokenWhoseDivisionClaimIsNotACode() {
        GraphQL.Bearer garbled = GraphQL.as(DevTokens.issueScoped("garbled", "河南", "editor"));

        garbled.post(UPSERT, "input", Map.of("name", "西工区人民政府", "kind", "GOVERNMENT", "divisionCode", "410303"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("division"));
    }
}
