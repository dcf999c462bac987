package org.fazhi.registry.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.SamplePdfs;
import org.fazhi.registry.testing.SampleReport;
import org.junit.jupiter.api.Test;

/** Integrators retry: a repeated idempotency key answers as the first request did and does nothing again. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class IdempotencyApiTest {

    private static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) {
              upsertOrganisation(input: $input) { created changed organisation { id name } userErrors { field code message } }
            }""";
    private static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) { created changed report { id } userErrors { field code message } }
            }""";
    private static final String TEXT = "嵩县司法局关于2024年法治政府建设工作情况的报告\n一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n";

    @Inject
    IdempotentAnswers answers;

    private static String key() {
        return "retry-" + UUID.randomUUID();
    }

    private static JsonPath upsert(GraphQL.Bearer caller, Map<String, Object> input) {
        return caller.data(UPSERT, "input", input).setRootPath("data.upsertOrganisation");
    }

    private static Map<String, Object> organisation(String name, String key) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind", "DEPARTMENT", "creditCode", CreditCodes.next()));
        input.put("idempotencyKey", key);
        return input;
    }

    @Test
    void shouldAnswerARetryWithTheFirstAnswerWithoutStoringAgain() {
        String organisation = upsert(GraphQL.asEditor(), organisation("嵩县司法局", null)).getString("organisation.id");
        Map<String, Object> input = new HashMap<>(Map.of("organisation", Map.of("id", organisation), "reportYear", 2024,
                "text", TEXT, "idempotencyKey", key()));
        JsonPath first = GraphQL.asEditor().data(SUBMIT, "input", input).setRootPath("data.submitReport");
        Map<String, Long> before = Database.rowCounts();

        JsonPath retry = GraphQL.asEditor().data(SUBMIT, "input", input).setRootPath("data.submitReport");

        assertThat(first.getBoolean("created")).isTrue();
        assertThat(retry.getBoolean("created")).as("the first answer, not a recognised repeat").isTrue();
        assertThat(retry.getString("report.id")).isEqualTo(first.getString("report.id"));
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherInputAndChangeNothing() {
        String key = key();
        Map<String, Object> input = organisation("宜阳县司法局", key);
        String id = upsert(GraphQL.asEditor(), input).getString("organisation.id");
        Map<String, Long> before = Database.rowCounts();

        JsonPath reused = upsert(GraphQL.asEditor(), organisation("宜阳县财政局", key));

        assertThat(reused.getString("organisation")).isNull();
        assertThat(reused.getString("userErrors[0].code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.getString("userErrors[0].field")).isEqualTo("input.idempotencyKey");
        assertThat(Database.rowCounts()).isEqualTo(before);
        assertThat(GraphQL.data("query($id: ID!) { organisation(id: $id) { name } }", "id", id)
                .getString("organisation.name")).isEqualTo("宜阳县司法局");
    }

    @Test
    void shouldKeepTheKeysOfEachCallerApart() {
        String key = key();
        GraphQL.Bearer other = GraphQL.as(DevTokens.issue("other-editor", Duration.ofHours(1), "editor"));

        JsonPath mine = upsert(GraphQL.asEditor(), organisation("新安县司法局", key));
        JsonPath theirs = upsert(other, organisation("新安县财政局", key));

        assertThat(mine.getBoolean("created")).isTrue();
        assertThat(theirs.getBoolean("created")).isTrue();
        assertThat(theirs.getString("organisation.id")).isNotEqualTo(mine.getString("organisation.id"));
    }

    @Test
    void shouldNotKeepTheAnswerToARefusedRequest() {
        String key = key();
        Map<String, Object> refused = organisation("", key);

        assertThat(upsert(GraphQL.asEditor(), refused).getString("userErrors[0].code")).isEqualTo("REQUIRED");
        JsonPath corrected = upsert(GraphQL.asEditor(), organisation("孟津区财政局", key));

        assertThat(corrected.getList("userErrors")).isEmpty();
        assertThat(corrected.getBoolean("created")).isTrue();
    }

    @Test
    void shouldForgetAKeyAfter24HoursAndHaveTheJobDeleteIt() {
        String key = key();
        upsert(GraphQL.asEditor(), organisation("偃师区司法局", key));
        age(key);

        JsonPath later = upsert(GraphQL.asEditor(), organisation("偃师区财政局", key));
        assertThat(later.getList("userErrors")).as("an expired key counts as new").isEmpty();
        assertThat(later.getBoolean("created")).isTrue();

        age(key);
        assertThat(answers.expire()).isPositive();
        assertThat(Database.count("select count(*) from idempotent_answer where idempotency_key = '" + key + "'")).isZero();
    }

    @Test
    void shouldAnswerARetriedUploadAsTheFirstOne() {
        String key = key();
        byte[] pdf = SamplePdfs.printed(SampleReport.text().replace("武定县", "宁洱县"), null, true);

        Response first = upload(pdf, key);
        Response retry = upload(pdf, key);
        Response reused = upload(SamplePdfs.printed(SampleReport.text().replace("武定县", "墨江县"), null, true), key);

        first.then().statusCode(201);
        retry.then().statusCode(201);
        assertThat(retry.jsonPath().getString("report.id")).isEqualTo(first.jsonPath().getString("report.id"));
        reused.then().statusCode(422);
        assertThat(reused.jsonPath().getString("userErrors[0].code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.jsonPath().getString("userErrors[0].field")).isEqualTo("idempotencyKey");
    }

    private static Response upload(byte[] pdf, String key) {
        return RestAssured.given().auth().oauth2(GraphQL.asEditor().token())
                .multiPart("content", "report.pdf", pdf, "application/pdf")
                .multiPart("idempotencyKey", key)
                .when().post("/documents");
    }

    private static void age(String key) {
        Database.execute("update idempotent_answer set created_at = now() - interval '25 hours' where idempotency_key = '"
                + key + "'");
    }
}
