package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.fazhi.registry.testing.CheapReads;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Writers that race for one body all get answers: the stored row, or a typed user error; never a system error. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConcurrentWritersHardeningTest {

    private static final int WRITERS = 20;
    private static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) { created report { id organisation { id } } userErrors { field code message } }
            }""";
    private static final String UPSERT = """
            mutation($code: String!, $name: String!) {
              upsertOrganisation(input: {creditCode: $code, name: $name, kind: DEPARTMENT}) {
                created organisation { id name creditCode } userErrors { code }
              }
            }""";

    @Test
    void twentyTextsNamingANewBodyAtOnceRegisterItOnceWithOneCurrentReport() throws Exception {
        String body = "潼南区柏梓镇人民政府";
        List<JsonPath> answers = all(i -> GraphQL.asEditor().post(SUBMIT, "input", Map.of("text",
                body + "2024年法治政府建设工作报告\n一、主要举措和成效\n（一）推进依法行政。全年办理案件" + (100 + i) + "件。"))
                .extract().jsonPath());

        for (JsonPath answer : answers) {
            assertThat(answer.getList("errors")).isNull();
            assertThat(answer.getList("data.submitReport.userErrors")).isEmpty();
        }
        assertThat(answers.stream().map(a -> a.getString("data.submitReport.report.organisation.id")).distinct()).hasSize(1);
        assertThat(Database.count("select count(*) from organisation where name = '" + body + "'")).isEqualTo(1);
        assertThat(Database.count("select count(*) from report r join organisation o on o.id = r.organisation_id "
                + "where o.name = '" + body + "' and r.state = 'CURRENT'")).isEqualTo(1);
        assertThat(Database.count("select count(*) from report r join organisation o on o.id = r.organisation_id "
                + "where o.name = '" + body + "'")).isEqualTo(WRITERS);
    }

    @Test
    void aTextGivingOnlyAnUnregisteredCreditCodeIsRefusedWithAUserError() {
        String code = CreditCodes.next();
        String text = "| 索引号: | " + code + "/2024-00012 | 发文字号: | |\n我局2024年法治政府建设工作情况报告\n"
                + "一、主要举措和成效\n（一）推进依法行政。\n";
        assertThat(GraphQL.data("query($t: String!) { parseReport(text: $t) { creditCode organisationName } }", "t", text)
                .getString("parseReport.creditCode")).isEqualTo(code);
        Map<String, Long> before = Database.rowCounts();

        JsonPath answer = GraphQL.asEditor().post(SUBMIT, "input", Map.of("text", text, "reportYear", 2024))
                .extract().jsonPath();

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getString("data.submitReport.userErrors[0].code")).isEqualTo("ORGANISATION_REQUIRED");
        assertThat(answer.getString("data.submitReport.userErrors[0].message")).contains(code);
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void twentyUpsertsOfOneRegisteredCodeAllAnswerWithTheStoredRow() throws Exception {
        String code = CreditCodes.next();
        GraphQL.asEditor().data(UPSERT, "code", code, "name", "柏梓镇司法所");

        List<JsonPath> answers = all(i -> GraphQL.asEditor().post(UPSERT, "code", code, "name", "柏梓镇司法所" + i)
                .extract().jsonPath());

        assertEveryUpsertAnsweredWithOneRow(answers, code);
        assertThat(answers).noneMatch(a -> a.getBoolean("data.upsertOrganisation.created"));
    }

    @Test
    void twentyUpsertsOfOneNewCodeCreateItOnce() throws Exception {
        String code = CreditCodes.next();

        List<JsonPath> answers = all(i -> GraphQL.asEditor().post(UPSERT, "code", code, "name", "柏梓镇财政所")
                .extract().jsonPath());

        assertEveryUpsertAnsweredWithOneRow(answers, code);
        assertThat(answers).filteredOn(a -> a.getBoolean("data.upsertOrganisation.created")).hasSize(1);
    }

    private static void assertEveryUpsertAnsweredWithOneRow(List<JsonPath> answers, String code) {
        Set<String> ids = new HashSet<>();
        for (JsonPath answer : answers) {
            assertThat(answer.getList("errors")).isNull();
            assertThat(answer.getList("data.upsertOrganisation.userErrors")).isEmpty();
            assertThat(answer.getString("data.upsertOrganisation.organisation.creditCode")).isEqualTo(code);
            ids.add(answer.getString("data.upsertOrganisation.organisation.id"));
        }
        assertThat(ids).hasSize(1);
        assertThat(Database.count("select count(*) from organisation where credit_code = '" + code + "'")).isEqualTo(1);
    }

    /** The answers of {@link #WRITERS} requests sent at once. */
    private static List<JsonPath> all(IntFunction<JsonPath> request) throws Exception {
        List<CompletableFuture<JsonPath>> sent = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            sent.add(CheapReads.inParallel(() -> request.apply(writer)));
        }
        List<JsonPath> answers = new ArrayList<>();
        for (CompletableFuture<JsonPath> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }
}
