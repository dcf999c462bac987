package org.fazhi.registry.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who must report and who did, in 海北藏族自治州 (6322), which no other test uses: the map rule obliges the
 * prefecture's and its four counties' governments and their registered departments, a list adds a zone,
 * a county and the province set earlier deadlines.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportingStatusApiTest {

    static final String DERIVE = """
            mutation($input: DeriveReportingObligationsInput!) { deriveReportingObligations(input: $input) {
              added removed organisationsCreated userErrors { field code message } } }""";
    static final String SET_LIST = """
            mutation($input: SetReportingObligationsInput!) { setReportingObligations(input: $input) {
              added removed organisationsCreated userErrors { field code message } } }""";
    static final String SET_DEADLINE = """
            mutation($input: SetReportingDeadlineInput!) { setReportingDeadline(input: $input) {
              created rule { divisionCode reportYear dueBeforeMonth dueBeforeDay basis } userErrors { field code message } } }""";
    static final String STATUS = """
            query($division: String, $kind: OrganisationKind, $first: Int, $after: String) {
              reportingStatus(year: 2024, divisionCode: $division, kind: $kind, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                summary { obliged submitted publishedOnTime publishedLate submittedNoPublicationDate missing
                          submissionRate onTimeRate }
                nodes { source status publishedDate deadline daysLate
                        organisation { name kind divisionCode } report { reportYear }
                        deadlineRule { divisionCode reportYear dueBeforeMonth dueBeforeDay basis } } } }""";

    private static boolean loaded;
    private static JsonPath derived;
    private static JsonPath derivedAgain;

    static JsonPath mutate(String document, Map<String, Object> input, String field) {
        return GraphQL.asEditor().data(document, "input", input).setRootPath("data." + field);
    }

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        String haiyan = ReadingData.organisation("海晏县人民政府", "GOVERNMENT", "632223", null, null, List.of());
        ReadingData.organisation("海晏县交通运输局", "DEPARTMENT", null, haiyan, null, List.of());
        ReadingData.organisation("祁连县司法局", "DEPARTMENT", null, null, null, List.of());
        String zoneCode = CreditCodes.next("632222");
        String zone = ReadingData.organisation("祁连经济开发区管理委员会", "DEVELOPMENT_ZONE", null, null, zoneCode, List.of());

        derived = mutate(DERIVE, Map.of("reportYear", 2024, "divisionCode", "632200"), "deriveReportingObligations");
        derivedAgain = mutate(DERIVE, Map.of("reportYear", 2024, "divisionCode", "632200"), "deriveReportingObligations");
        mutate(SET_LIST, Map.of("reportYear", 2024, "divisionCode", "632200",
                "organisations", List.of(Map.of("creditCode", zoneCode))), "setReportingObligations");
        mutate(SET_DEADLINE, Map.of("divisionCode", "632222", "reportYear", 2024, "dueBeforeMonth", 3, "dueBeforeDay", 1,
                "basis", "祁连县：3月1日前报送"), "setReportingDeadline");
        mutate(SET_DEADLINE, Map.of("divisionCode", "630000", "dueBeforeMonth", 3, "dueBeforeDay", 25,
                "basis", "青海省：3月25日前公开"), "setReportingDeadline");

        ReadingData.submit(organisationId("祁连县人民政府"), 2024, ReadingData.text("祁连县人民政府", 2024, "2025-03-20", ""));
        ReadingData.submit(haiyan, 2024, ReadingData.text("海晏县人民政府", 2024, "2025-04-03", ""));
        ReadingData.submit(organisationId("祁连县司法局"), 2024, ReadingData.text("祁连县司法局", 2024, null, ""));
        ReadingData.submit(zone, 2024, ReadingData.text("祁连经济开发区管理委员会", 2024, "2025-02-20", ""));
        loaded = true;
    }

    private static String organisationId(String name) {
        return GraphQL.data("query($name: String) { organisations(filter: {nameContains: $name}) { nodes { id } } }",
                "name", name).getString("organisations.nodes[0].id");
    }

    private static JsonPath status(Object... variables) {
        return GraphQL.data(STATUS, variables).setRootPath("data.reportingStatus");
    }

    private static Map<String, Object> row(JsonPath status, String organisation) {
        List<Map<String, Object>> nodes = status.getList("nodes");
        return nodes.stream().filter(n -> organisation.equals(((Map<?, ?>) n.get("organisation")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(organisation + " is not in " + nodes));
    }

    @Test
    void shouldDeriveTheGovernmentsOfTheMapAndTheirDepartmentsOnce() {
        assertThat(derived.getList("userErrors")).isEmpty();
        assertThat(derived.getInt("organisationsCreated")).isEqualTo(4);
        assertThat(derived.getInt("added")).isEqualTo(7);
        assertThat(derivedAgain.getInt("organisationsCreated")).isZero();
        assertThat(derivedAgain.getInt("added")).isZero();

        JsonPath all = status("division", "632200", "first", 100);
        assertThat(all.getList("nodes.organisation.name")).containsExactlyInAnyOrder(
                "海北藏族自治州人民政府", "门源回族自治县人民政府", "祁连县人民政府", "海晏县人民政府", "刚察县人民政府",
                "海晏县交通运输局", "祁连县司法局", "祁连经济开发区管理委员会");
        assertThat(row(all, "门源回族自治县人民政府").get("source")).isEqualTo("RULE");
        assertThat(row(all, "祁连经济开发区管理委员会").get("source")).isEqualTo("LIST");
        assertThat(((Map<?, ?>) row(all, "刚察县人民政府").get("organisation")).get("divisionCode")).isEqualTo("632224");
    }

    @Test
    void shouldTellOnTimeLateUndatedAndMissingBodiesWithTheRuleThatApplied() {
        JsonPath all = status("division", "632200", "first", 100);

        Map<String, Object> zone = row(all, "祁连经济开发区管理委员会");
        assertThat(zone.get("status")).isEqualTo("PUBLISHED_ON_TIME");
        assertThat(zone.get("deadline")).isEqualTo("2025-02-28");

        Map<String, Object> county = row(all, "祁连县人民政府");
        assertThat(county.get("status")).isEqualTo("PUBLISHED_LATE");
        assertThat(county.get("daysLate")).isEqualTo(20);
        assertThat(((Map<?, ?>) county.get("deadlineRule")).get("basis")).isEqualTo("祁连县：3月1日前报送");

        Map<String, Object> haiyan = row(all, "海晏县人民政府");
        assertThat(haiyan.get("status")).isEqualTo("PUBLISHED_LATE");
        assertThat(haiyan.get("daysLate")).isEqualTo(10);
        assertThat(haiyan.get("deadline")).isEqualTo("2025-03-24");
        assertThat(((Map<?, ?>) haiyan.get("deadlineRule")).get("divisionCode")).isEqualTo("630000");

        Map<String, Object> undated = row(all, "祁连县司法局");
        assertThat(undated.get("status")).isEqualTo("SUBMITTED_NO_PUBLICATION_DATE");
        assertThat(undated.get("publishedDate")).isNull();
        assertThat(undated.get("report")).isNotNull();

        Map<String, Object> missing = row(all, "刚察县人民政府");
        assertThat(missing.get("status")).isEqualTo("MISSING");
        assertThat(missing.get("report")).isNull();
        assertThat(missing.get("daysLate")).isNull();
    }

    @Test
    void shouldCountAndRateTheWholeSubtree() {
        JsonPath all = status("division", "632200", "first", 2);

        assertThat(all.getInt("totalCount")).isEqualTo(8);
        assertThat(all.getMap("summary")).containsEntry("obliged", 8).containsEntry("submitted", 4)
                .containsEntry("publishedOnTime", 1).containsEntry("publishedLate", 2)
                .containsEntry("submittedNoPublicationDate", 1).containsEntry("missing", 4);
        assertThat(all.getDouble("summary.submissionRate")).isEqualTo(0.5);
        assertThat(all.getDouble("summary.onTimeRate")).isEqualTo(0.125);

        JsonPath county = status("division", "632222", "first", 100);
        assertThat(county.getInt("summary.obliged")).isEqualTo(3);
        assertThat(county.getDouble("summary.onTimeRate")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        JsonPath departments = status("division", "632200", "kind", "DEPARTMENT");
        assertThat(departments.getList("nodes.organisation.name")).containsExactlyInAnyOrder("海晏县交通运输局", "祁连县司法局");
    }

    @Test
    void shouldPageThroughTheObligedBodies() {
        JsonPath first = status("division", "632200", "first", 5);
        JsonPath second = status("division", "632200", "first", 5, "after", first.getString("pageInfo.endCursor"));

        assertThat(first.getList("nodes")).hasSize(5);
        assertThat(first.getBoolean("pageInfo.hasNextPage")).isTrue();
        assertThat(second.getList("nodes")).hasSize(3);
        assertThat(second.getBoolean("pageInfo.hasNextPage")).isFalse();
        assertThat(second.getList("nodes.organisation.name")).doesNotContainAnyElementsOf(first.getList("nodes.organisation.name"));
    }

    @Test
    void shouldReplaceAListAndKeepWhatTheRuleDerived() {
        String listed = ReadingData.organisation("刚察县司法局", "DEPARTMENT", "632224", null, null, List.of());
        JsonPath set = mutate(SET_LIST, Map.of("reportYear", 2023, "divisionCode", "632224",
                "organisations", List.of(Map.of("id", listed))), "setReportingObligations");
        mutate(DERIVE, Map.of("reportYear", 2023, "divisionCode", "632224"), "deriveReportingObligations");

        JsonPath replaced = mutate(SET_LIST, Map.of("reportYear", 2023, "divisionCode", "632224",
                "organisations", List.of()), "setReportingObligations");

        assertThat(set.getInt("added")).isEqualTo(1);
        assertThat(replaced.getInt("removed")).isEqualTo(1);
        assertThat(GraphQL.data("{ reportingStatus(year: 2023, divisionCode: \"632224\") { nodes { source organisation { name } } } }")
                .getList("reportingStatus.nodes.organisation.name")).containsExactly("刚察县人民政府");
    }

    @Test
    void shouldRefuseBadInputAndChangeNothing() {
        String outside = ReadingData.organisation("门源回族自治县司法局", "DEPARTMENT", "632221", null, null, List.of());
        Map<String, Long> before = Database.rowCounts();
        long obligations = Database.count("select count(*) from reporting_obligation");
        long rules = Database.count("select count(*) from deadline_rule");

        JsonPath unknown = mutate(DERIVE, Map.of("reportYear", 2024, "divisionCode", "632299"), "deriveReportingObligations");
        JsonPath outsideScope = mutate(SET_LIST, Map.of("reportYear", 2024, "divisionCode", "632222",
                "organisations", List.of(Map.of("id", outside), Map.of("creditCode", "not-a-code"))), "setReportingObligations");
        Map<String, Object> leapDay = new HashMap<>(Map.of("dueBeforeMonth", 2, "dueBeforeDay", 29, "basis", " "));
        JsonPath deadline = mutate(SET_DEADLINE, leapDay, "setReportingDeadline");

        assertThat(unknown.getString("userErrors[0].code")).isEqualTo("UNKNOWN_DIVISION");
        assertThat(outsideScope.getList("userErrors.code")).containsExactly("INVALID_VALUE", "INVALID_CREDIT_CODE");
        assertThat(outsideScope.getString("userErrors[0].field")).isEqualTo("input.organisations.0");
        assertThat(deadline.getList("userErrors.field")).containsExactlyInAnyOrder("input.dueBeforeDay", "input.basis");
        assertThat(Database.rowCounts()).isEqualTo(before);
        assertThat(Database.count("select count(*) from reporting_obligation")).isEqualTo(obligations);
        assertThat(Database.count("select count(*) from deadline_rule")).isEqualTo(rules);
    }

    @Test
    void shouldRefuseAnUnknownDivisionAndAnonymousChanges() {
        GraphQL.post("{ reportingStatus(year: 2024, divisionCode: \"632299\") { totalCount } }")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
        GraphQL.post("mutation { deriveReportingObligations(input: {reportYear: 2024, divisionCode: \"632200\"}) { added } }")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
    }
}
