package org.fazhi.registry.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.SamplePdfs;
import org.fazhi.registry.testing.SampleReport;
import org.junit.jupiter.api.Test;

/** Anonymous readers see what was published and withdrawn, not who did it, nor the texts of withdrawn reports. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReadPrivacyApiTest {

    private static final String READ = """
            query($id: ID!) { report(id: $id) { state submittedBy originalText normalisedText withdrawal { reason withdrawnBy } } }""";

    private static String withdrawnReport(String county) {
        String text = SampleReport.text().replace("武定县", county);
        String id = GraphQL.asEditor().data("""
                mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { report { id } } }""",
                "input", Map.of("content", Base64.getEncoder().encodeToString(SamplePdfs.printed(text, null, true)),
                        "mediaType", "application/pdf")).getString("submitDocument.report.id");
        GraphQL.asEditor().data("mutation($id: ID!) { withdrawReport(input: {reportId: $id, reason: \"误发\"}) { changed } }",
                "id", id);
        return id;
    }

    @Test
    void shouldHideTokenSubjectsAndWithdrawnTextsFromAnonymousReaders() {
        String id = withdrawnReport("景东县");

        JsonPath anonymous = GraphQL.data(READ, "id", id).setRootPath("data.report");

        assertThat(anonymous.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(anonymous.getString("submittedBy")).isNull();
        assertThat(anonymous.getString("originalText")).isNull();
        assertThat(anonymous.getString("normalisedText")).isNull();
        assertThat(anonymous.getString("withdrawal.reason")).isEqualTo("误发");
        assertThat(anonymous.getString("withdrawal.withdrawnBy")).isNull();
        given().when().get("/documents/" + id).then().statusCode(401);
    }

    @Test
    void shouldHideThemFromAnonymousReadersOfTheCommonListsToo() {
        String id = withdrawnReport("勐海县");
        // Fields the common reads are built from in PostgreSQL (by POST), or by the engine (GET, or with a token).
        String read = "query($id: ID!) { report(id: $id) { state submittedBy normalisedText } }";

        for (JsonPath anonymous : List.of(GraphQL.data(read, "id", id), given().queryParam("query", read)
                .queryParam("variables", "{\"id\": \"" + id + "\"}").when().get("/graphql").then().statusCode(200)
                .extract().jsonPath().setRootPath("data"))) {
            assertThat(anonymous.getString("report.state")).isEqualTo("WITHDRAWN");
            assertThat(anonymous.getString("report.submittedBy")).isNull();
            assertThat(anonymous.getString("report.normalisedText")).isNull();
        }
        JsonPath reader = GraphQL.asReader().data(read, "id", id);
        assertThat(reader.getString("report.submittedBy")).isEqualTo(GraphQL.EDITOR_SUBJECT);
        assertThat(reader.getString("report.normalisedText")).contains("勐海县司法局");
    }

    @Test
    void shouldShowThemToReaders() {
        String id = withdrawnReport("景谷县");

        JsonPath reader = GraphQL.asReader().data(READ, "id", id).setRootPath("data.report");

        assertThat(reader.getString("submittedBy")).isEqualTo(GraphQL.EDITOR_SUBJECT);
        assertThat(reader.getString("originalText")).contains("景谷县司法局");
        assertThat(reader.getString("normalisedText")).contains("景谷县司法局");
        assertThat(reader.getString("withdrawal.withdrawnBy")).isEqualTo(GraphQL.EDITOR_SUBJECT);
        given().auth().oauth2(GraphQL.asReader().token()).when().get("/documents/" + id).then().statusCode(200);
    }

    @Test
    void shouldShowWhoChangedACommitmentOnlyToReaders() {
        String commitment = GraphQL.asEditor().data("mutation($t: String!) { submitReport(input: {text: $t}) { report { commitments { id } } } }",
                "t", SampleReport.text().replace("武定县", "孟连县")).getString("submitReport.report.commitments[0].id");
        GraphQL.as(DevTokens.issue("privacy-reviewer", Duration.ofHours(1), "reviewer")).data("""
                mutation($c: ID!) { reviewCommitment(input: {commitmentId: $c, status: FULFILLED, note: "已完成"}) { userErrors { code } } }""",
                "c", commitment);
        String history = "query($id: ID!) { node(id: $id) { ... on Commitment { history { actor } } } }";

        assertThat(GraphQL.data(history, "id", commitment).getList("node.history.actor")).containsExactly((Object) null);
        assertThat(GraphQL.asReader().data(history, "id", commitment).getList("node.history.actor"))
                .containsExactly("privacy-reviewer");
    }

    @Test
    void shouldServeTheTextsOfReportsInForceToEveryone() {
        String id = GraphQL.asEditor().data("mutation($t: String!) { submitReport(input: {text: $t}) { report { id } } }",
                "t", SampleReport.text().replace("武定县", "镇沅县")).getString("submitReport.report.id");

        JsonPath anonymous = GraphQL.data(READ, "id", id).setRootPath("data.report");

        assertThat(anonymous.getString("originalText")).contains("镇沅县司法局");
        assertThat(anonymous.getString("submittedBy")).isNull();
    }
}
