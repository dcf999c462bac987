package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * A name read from a text finds the registered body whatever form it takes; an uncertain match registers an
 * unconfirmed body with its candidates, which a person merges or confirms.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationIdentityApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitReportInput!) { submitReport(input: $input) {
              organisationCreated report { id organisation { id name confirmed candidates { id } } }
              userErrors { code } } }""";
    static final String MERGE = """
            mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) {
              organisation { id name otherNames confirmed } userErrors { field code } } }""";
    private static final String BODY = "\n一、主要举措和成效\n（一）深化行政执法体制改革。全年办理案件%d件。";

    @Test
    void tenFormsOfThreeNamesEndAsThreeOrganisations() {
        List<String> texts = List.of(
                "璧山区2020年法治政府建设情况报告\n2020年，区政府坚持以习近平法治思想为指导。",
                "重庆市璧山区2021年法治政府建设工作报告\n2021年，区政府扎实推进法治政府建设。",
                "璧山区人民政府关于2022年法治政府建设情况的报告\n2022年，区政府全面推进依法行政。",
                "璧山區人民政府2023年法治政府建設情況報告\n2023年，區政府堅持依法行政。",
                "2024年，重庆市璧山区人民政府坚持以习近平法治思想为指导，推进法治政府建设。",
                "重庆市生态环境局关于2021年法治政府建设情况的报告\n2021年，市生态环境局坚持依法行政。",
                "重庆市生态环境局2022年法治政府建设年度报告\n2022年，我局坚持依法行政。",
                "重慶市生態環境局2023年法治政府建設年度報告\n2023年，我局堅持依法行政。",
                "2021年，水利部认真贯彻落实党中央、国务院决策部署，推进水利法治建设。",
                "中华人民共和国水利部关于2022年法治政府建设情况的报告\n2022年，我部坚持依法行政。");
        Set<String> organisations = new HashSet<>();
        int created = 0;
        for (int i = 0; i < texts.size(); i++) {
            JsonPath submitted = submit(texts.get(i) + BODY.formatted(i));
            organisations.add(submitted.getString("report.organisation.id"));
            created += submitted.getBoolean("organisationCreated") ? 1 : 0;
        }

        assertThat(organisations).hasSize(3);
        assertThat(created).isEqualTo(3);
    }

    @Test
    void aTownshipWithoutItsCountyIsRegisteredUnconfirmedWithItsCandidate() {
        JsonPath registered = submit("重庆市铜梁区人民政府安居镇2023年法治政府建设工作报告\n2023年，安居镇坚持依法行政。"
                + BODY.formatted(1));
        JsonPath withCounty = submit("铜梁区安居镇2024年法治政府建设工作报告\n2024年，安居镇坚持依法行政。" + BODY.formatted(2));
        JsonPath bare = submit("安居镇2024年法治政府建设工作报告\n2024年，安居镇深入推进依法行政。" + BODY.formatted(3));

        String known = registered.getString("report.organisation.id");
        assertThat(withCounty.getString("report.organisation.id")).isEqualTo(known);
        assertThat(bare.getBoolean("organisationCreated")).isTrue();
        assertThat(bare.getBoolean("report.organisation.confirmed")).isFalse();
        assertThat(bare.getList("report.organisation.candidates.id")).containsExactly(known);
        assertThat(GraphQL.data("{ organisations(first: 100, filter: {confirmed: false}) { nodes { id } } }")
                .getList("organisations.nodes.id")).contains(bare.getString("report.organisation.id"));
    }

    @Test
    void aTownshipTheMapKnowsOnlyOnceIsFoundWithoutItsCounty() {
        String known = submit("重庆市铜梁区人民政府庆隆镇2023年法治政府建设工作报告\n2023年，庆隆镇坚持依法行政。"
                + BODY.formatted(1)).getString("report.organisation.id");

        JsonPath bare = submit("庆隆镇2024年法治政府建设工作报告\n2024年，庆隆镇深入推进依法行政。" + BODY.formatted(2));

        assertThat(bare.getBoolean("organisationCreated")).isFalse();
        assertThat(bare.getString("report.organisation.id")).isEqualTo(known);
    }

    @Test
    void mergingMovesReportsKeepsTheNameAndIsInTheFeed() {
        String target = submit("重庆市铜梁区人民政府金龙湾街道办事处2023年法治政府建设工作报告\n2023年，金龙湾街道坚持依法行政。"
                + BODY.formatted(1)).getString("report.organisation.id");
        JsonPath unconfirmed = submit("金龙湾街道2024年法治政府建设工作报告\n2024年，金龙湾街道深入推进依法行政。" + BODY.formatted(2));
        String source = unconfirmed.getString("report.organisation.id");
        String movedReport = unconfirmed.getString("report.id");

        JsonPath merged = GraphQL.asEditor().data(MERGE, "input", Map.of("sourceId", source, "targetId", target))
                .setRootPath("data.mergeOrganisations");

        assertThat(merged.getList("userErrors")).isEmpty();
        assertThat(merged.getList("organisation.otherNames")).contains("金龙湾街道");
        assertThat(GraphQL.data("query($id: ID!) { report(id: $id) { organisation { id } } }", "id", movedReport)
                .getString("report.organisation.id")).isEqualTo(target);
        assertThat(GraphQL.data("query($id: ID!) { node(id: $id) { id } }", "id", source).getString("node")).isNull();
        assertThat(changesOf(source)).contains("MERGED");
        JsonPath again = submit("金龙湾街道2025年法治政府建设工作报告\n2025年，金龙湾街道持续推进依法行政。" + BODY.formatted(3));
        assertThat(again.getString("report.organisation.id")).isEqualTo(target);
    }

    @Test
    void mergingKeepsTheLaterOfTwoCurrentReportsOfAYear() {
        String target = submit("重庆市铜梁区人民政府玉带湾街道办事处2024年法治政府建设工作报告\n2024年，玉带湾街道坚持依法行政。"
                + BODY.formatted(1)).getString("report.id");
        JsonPath later = submit("玉带湾街道2024年法治政府建设工作报告\n2024年，玉带湾街道深入推进依法行政。" + BODY.formatted(2));

        GraphQL.asEditor().data(MERGE, "input", Map.of("sourceId", later.getString("report.organisation.id"),
                "targetId", organisationOf(target)));

        assertThat(stateOf(later.getString("report.id"))).isEqualTo("CURRENT");
        assertThat(stateOf(target)).isEqualTo("SUPERSEDED");
    }

    @Test
    void commitmentsOfAMergedRecordAreFollowedIntoTheBodysNextReport() throws Exception {
        String formerRecord = GraphQL.asEditor().data("""
                mutation { upsertOrganisation(input: {name: "合并测试县司法局（旧记录）", kind: DEPARTMENT}) {
                  organisation { id } } }""").getString("upsertOrganisation.organisation.id");
        String plan = submit(followUpText("2024"), formerRecord).getString("report.id");
        String laterReport = submit(followUpText("2025")).getString("report.id");
        assertThat(statuses(plan)).containsOnly("PLANNED");

        GraphQL.asEditor().data(MERGE, "input", Map.of("sourceId", formerRecord, "targetId", organisationOf(laterReport)));

        assertThat(statuses(plan)).contains("EVIDENCED").doesNotContain("PLANNED");
    }

    @Test
    void anObligationOfTheMergedRecordPassesToTheBody() {
        String target = submit("重庆市铜梁区人民政府银杏湾街道办事处2023年法治政府建设工作报告\n2023年，银杏湾街道坚持依法行政。"
                + BODY.formatted(1)).getString("report.organisation.id");
        String source = submit("银杏湾街道2023年法治政府建设工作报告\n2023年，银杏湾街道推进依法行政。" + BODY.formatted(2))
                .getString("report.organisation.id");
        GraphQL.asEditor().data("""
                mutation($input: SetReportingObligationsInput!) { setReportingObligations(input: $input) {
                  userErrors { code } } }""", "input", Map.of("reportYear", 2033, "organisations", List.of(Map.of("id", source))));

        GraphQL.asEditor().data(MERGE, "input", Map.of("sourceId", source, "targetId", target));

        assertThat(GraphQL.data("{ reportingStatus(year: 2033, first: 100) { nodes { organisation { id } } } }")
                .getList("reportingStatus.nodes.organisation.id")).containsExactly(target);
    }

    @Test
    void refusedMergesChangeNothing() {
        String a = submit("双桥经开区2023年法治政府建设工作报告\n2023年，双桥经开区坚持依法行政。" + BODY.formatted(1))
                .getString("report.organisation.id");
        Map<String, Long> before = Database.rowCounts();

        JsonPath itself = GraphQL.asEditor().data(MERGE, "input", Map.of("sourceId", a, "targetId", a))
                .setRootPath("data.mergeOrganisations");
        JsonPath unknown = GraphQL.asEditor().data(MERGE, "input", Map.of("sourceId", a, "targetId", "T3JnYW5pc2F0aW9uOjk5OTk5OTk"))
                .setRootPath("data.mergeOrganisations");

        assertThat(itself.getList("userErrors.code")).containsExactly("MERGE_INTO_ITSELF");
        assertThat(unknown.getList("userErrors.code")).isNotEmpty();
        assertThat(Database.rowCounts()).isEqualTo(before);
        assertThat(GraphQL.post(MERGE, "input", Map.of("sourceId", a, "targetId", a)).extract().jsonPath()
                .getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void confirmingSettlesAnUnconfirmedBody() {
        submit("重庆市荣昌区人民政府青杠湾街道办事处2023年法治政府建设工作报告\n2023年，青杠湾街道坚持依法行政。" + BODY.formatted(1));
        String bare = submit("青杠湾街道2024年法治政府建设工作报告\n2024年，青杠湾街道推进依法行政。" + BODY.formatted(2))
                .getString("report.organisation.id");

        JsonPath confirmed = GraphQL.asEditor().data("""
                mutation($input: ConfirmOrganisationInput!) { confirmOrganisation(input: $input) {
                  organisation { confirmed candidates { id } } userErrors { code } } }""",
                "input", Map.of("organisationId", bare)).setRootPath("data.confirmOrganisation");

        assertThat(confirmed.getBoolean("organisation.confirmed")).isTrue();
        assertThat(confirmed.getList("organisation.candidates")).isEmpty();
    }

    @Test
    void concurrentTextsNamingANewBodyRegisterItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = "大足区龙水镇2024年法治政府建设工作报告\n2024年，龙水镇坚持依法行政。" + BODY.formatted(100 + i);
                tasks.add(() -> submit(text).getString("report.organisation.id"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> id : pool.invokeAll(tasks)) {
                ids.add(id.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonPath submit(String text) {
        JsonPath result = GraphQL.asEditor().data(SUBMIT, "input", Map.of("text", text)).setRootPath("data.submitReport");
        assertThat(result.getList("userErrors")).isEmpty();
        return result;
    }

    private static JsonPath submit(String text, String organisationId) {
        JsonPath result = GraphQL.asEditor().data(SUBMIT, "input",
                Map.of("text", text, "organisation", Map.of("id", organisationId))).setRootPath("data.submitReport");
        assertThat(result.getList("userErrors")).isEmpty();
        return result;
    }

    /** The paired follow-up texts, issued by a body of their own. */
    private static String followUpText(String year) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/followup", year + ".txt"))
                .replace("测试县司法局", "合并测试县司法局");
    }

    private static String organisationOf(String reportId) {
        return GraphQL.data("query($id: ID!) { report(id: $id) { organisation { id } } }", "id", reportId)
                .getString("report.organisation.id");
    }

    private static String stateOf(String reportId) {
        return GraphQL.data("query($id: ID!) { report(id: $id) { state } }", "id", reportId).getString("report.state");
    }

    private static List<String> statuses(String reportId) {
        return GraphQL.data("query($id: ID!) { report(id: $id) { commitments { status } } }", "id", reportId)
                .getList("report.commitments.status");
    }

    /** The actions the change feed reports for {@code entityId}, read page by page from its start. */
    private static List<String> changesOf(String entityId) {
        List<String> actions = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = GraphQL.data("""
                    query($after: String) { changes(first: 100, after: $after) {
                      nodes { entityId action } pageInfo { endCursor hasNextPage } } }""", "after", after)
                    .setRootPath("data.changes");
            List<Map<String, String>> nodes = page.getList("nodes");
            nodes.stream().filter(n -> entityId.equals(n.get("entityId"))).forEach(n -> actions.add(n.get("action")));
            after = page.getString("pageInfo.endCursor");
            more = page.getBoolean("pageInfo.hasNextPage");
        }
        return actions;
    }
}
