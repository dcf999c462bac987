package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Organisations on the administrative map: placed from report texts and names, checked codes, a person's choice. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationDivisionApiTest {

    private static final String SUBMIT = """
            mutation($text: String!) { submitReport(input: {text: $text}) {
              report { id organisation { id name divisionCode divisionName division { code fullName }
                divisionCandidates { code } } }
              userErrors { code message } } }""";
    private static final String SET_DIVISION = """
            mutation($input: SetOrganisationDivisionInput!) { setOrganisationDivision(input: $input) {
              organisation { id divisionCode divisionName division { code fullName } divisionCandidates { code } }
              userErrors { field code message } warnings { field code message } } }""";
    private static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) {
              organisation { id divisionCode divisionName division { code level } }
              userErrors { field code message } warnings { field code message } } }""";

    /** A short report of {@code organisation} addressed to {@code recipient} (none when null). */
    static String report(String organisation, String recipient) {
        return organisation + "关于2024年法治政府建设工作情况的报告\n"
                + (recipient == null ? "" : recipient + "：\n")
                + "2024年，我们深入学习贯彻习近平法治思想。现将有关情况报告如下：\n"
                + "一、主要举措和成效\n（一）推进依法行政。全年开展普法活动12场。\n"
                + "二、存在的问题和不足\n（一）执法人员专业能力不足。\n"
                + "三、2025年工作安排\n（一）深化法治宣传教育。\n";
    }

    private static JsonPath submit(String text) {
        JsonPath submitted = GraphQL.asEditor().data(SUBMIT, "text", text).setRootPath("data.submitReport");
        assertThat(submitted.getList("userErrors")).isEmpty();
        return submitted;
    }

    private static JsonPath setDivision(String organisationId, String code) {
        return GraphQL.asEditor().data(SET_DIVISION, "input", Map.of("organisationId", organisationId, "divisionCode", code))
                .setRootPath("data.setOrganisationDivision");
    }

    private static JsonPath upsert(Map<String, Object> input) {
        return GraphQL.asEditor().data(UPSERT, "input", input).setRootPath("data.upsertOrganisation");
    }

    @Test
    void shouldPlaceAnOrganisationFromReportTextByItsRecipientLine() {
        JsonPath submitted = submit(report("庆隆镇人民政府", "铜梁区人民政府"));

        assertThat(submitted.getString("report.organisation.division.code")).isEqualTo("500151113");
        assertThat(submitted.getString("report.organisation.divisionCode")).isEqualTo("500151113");
        assertThat(submitted.getString("report.organisation.divisionName")).isEqualTo("重庆市铜梁区庆隆镇");
        assertThat(submitted.getList("report.organisation.divisionCandidates")).isEmpty();

        JsonPath inCounty = GraphQL.data("""
                { reports(filter: {divisionCodePrefix: "500151"}) { nodes { organisation { name } } }
                  commitments(filter: {divisionCodePrefix: "500151"}) { nodes { title report { organisation { name } } } } }""");
        assertThat(inCounty.getList("reports.nodes.organisation.name")).contains("庆隆镇人民政府");
        assertThat(inCounty.getList("commitments.nodes.title")).contains("深化法治宣传教育");
    }

    @Test
    void shouldKeepTheCandidatesOfASharedNameUntilAPersonPicksOne() {
        JsonPath submitted = submit(report("东城街道办事处", null));
        String organisation = submitted.getString("report.organisation.id");
        assertThat(submitted.getString("report.organisation.division")).isNull();
        assertThat(submitted.getList("report.organisation.divisionCandidates.code")).hasSize(40).contains("441900003");

        JsonPath picked = setDivision(organisation, "441900003");

        assertThat(picked.getList("userErrors")).isEmpty();
        assertThat(picked.getString("organisation.division.fullName")).isEqualTo("广东省东莞市东城街道");
        assertThat(picked.getString("organisation.divisionName")).isEqualTo("广东省东莞市东城街道");
        assertThat(picked.getList("organisation.divisionCandidates")).isEmpty();
        long key = GlobalId.decode(organisation).orElseThrow().id();
        assertThat(Database.count("select count(*) from organisation_division_candidate where organisation_id = " + key))
                .isZero();
    }

    @Test
    void shouldRefuseUnknownAndMalformedCodesAndChangeNothing() {
        String organisation = upsert(Map.of("name", "样例镇人民政府", "kind", "TOWNSHIP")).getString("organisation.id");
        Map<String, Long> before = Database.rowCounts();

        JsonPath unknown = setDivision(organisation, "999999");
        JsonPath malformed = setDivision(organisation, "5001");
        JsonPath notAnId = setDivision("nope", "500151");
        JsonPath upserted = upsert(Map.of("name", "样例县人民政府", "kind", "GOVERNMENT", "divisionCode", "500199"));

        assertThat(unknown.getString("userErrors[0].code")).isEqualTo("UNKNOWN_DIVISION");
        assertThat(unknown.getString("userErrors[0].field")).isEqualTo("input.divisionCode");
        assertThat(malformed.getString("userErrors[0].code")).isEqualTo("INVALID_DIVISION_CODE");
        assertThat(notAnId.getString("userErrors[0].code")).isEqualTo("INVALID_ID");
        assertThat(upserted.getString("userErrors[0].code")).isEqualTo("UNKNOWN_DIVISION");
        assertThat(upserted.getString("organisation")).isNull();
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldTakeTheTwelveDigitTownshipCodeAndNameTheDivisionFromTheTable() {
        JsonPath upserted = upsert(Map.of("name", "巴川街道办事处", "kind", "TOWNSHIP", "divisionCode", "500151001000"));

        assertThat(upserted.getList("userErrors")).isEmpty();
        assertThat(upserted.getString("organisation.divisionCode")).isEqualTo("500151001");
        assertThat(upserted.getString("organisation.divisionName")).isEqualTo("重庆市铜梁区巴川街道");
        assertThat(upserted.getString("organisation.division.level")).isEqualTo("TOWNSHIP");
    }

    @Test
    void shouldWarnWhenTheCreditCodeWasIssuedInAnotherRegion() {
        Map<String, Object> elsewhere = new HashMap<>(Map.of("name", "铜梁区司法局", "kind", "DEPARTMENT",
                "divisionCode", "500151", "creditCode", CreditCodes.next("430725")));
        Map<String, Object> here = new HashMap<>(Map.of("name", "铜梁区应急管理局", "kind", "DEPARTMENT",
                "divisionCode", "500151", "creditCode", CreditCodes.next("500151")));
        Map<String, Object> city = new HashMap<>(Map.of("name", "铜梁区市场监督管理局", "kind", "DEPARTMENT",
                "divisionCode", "500151", "creditCode", CreditCodes.next("500000")));

        JsonPath warned = upsert(elsewhere);

        assertThat(warned.getList("userErrors")).isEmpty();
        assertThat(warned.getString("organisation.divisionCode")).isEqualTo("500151");
        assertThat(warned.getString("warnings[0].code")).isEqualTo("CREDIT_CODE_REGION_MISMATCH");
        assertThat(warned.getString("warnings[0].message")).contains("430725");
        assertThat(upsert(here).getList("warnings")).isEmpty();
        assertThat(upsert(city).getList("warnings")).isEmpty();
    }

    @Test
    void shouldPlaceAnIntegratorsOrganisationByItsNameAndItsParentsDivision() {
        String byName = upsert(Map.of("name", "桃源县司法局", "kind", "DEPARTMENT")).getString("organisation.divisionCode");
        String tianjin = upsert(Map.of("name", "天津市人民政府", "kind", "GOVERNMENT")).getString("organisation.id");
        JsonPath underParent = upsert(Map.of("name", "河东区人民政府", "kind", "GOVERNMENT", "parentId", tianjin));
        JsonPath alone = upsert(Map.of("name", "河东区司法局", "kind", "DEPARTMENT"));

        assertThat(byName).isEqualTo("430725");
        assertThat(underParent.getString("organisation.divisionCode")).isEqualTo("120102");
        assertThat(alone.getString("organisation.divisionCode")).isNull();
    }
}
