package org.fazhi.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuthApiTest {

    private static final String CREATE = """
            mutation($code: String!) {
              upsertOrganisation(input: {name: "鉴权测试局", kind: DEPARTMENT, creditCode: $code}) { organisation { id } }
            }""";
    private static final String SUBMIT = """
            mutation($org: ID!) {
              submitReport(input: {organisation: {id: $org}, reportYear: 2024, text: "鉴权测试局2024年法治政府建设情况的报告"}) {
                report { id submittedBy }
                userErrors { code }
              }
            }""";

    @Test
    void shouldRefuseAMutationWithoutAToken() {
        assertRefusedAndNothingWritten(null, "UNAUTHENTICATED");
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertRefusedAndNothingWritten(DevTokens.sign("editor-1", DevTokens.ISSUER, Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1), Set.of("editor"), DevTokens.privateKey()), "UNAUTHENTICATED");
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() {
        assertRefusedAndNothingWritten(DevTokens.sign("editor-1", DevTokens.ISSUER, Instant.now(),
                Duration.ofHours(1), Set.of("editor"), anotherKey()), "UNAUTHENTICATED");
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        assertRefusedAndNothingWritten(DevTokens.sign("editor-1", "https://elsewhere.invalid", Instant.now(),
                Duration.ofHours(1), Set.of("editor"), DevTokens.privateKey()), "UNAUTHENTICATED");
    }

    @Test
    void shouldForbidATokenWithoutTheEditorRole() {
        assertRefusedAndNothingWritten(DevTokens.issue("reviewer-1", Duration.ofHours(1), "reviewer"), "FORBIDDEN");
    }

    @Test
    void shouldRecordTheTokenSubjectAsSubmitter() {
        String editor = DevTokens.issue("oa-system-济源", Duration.ofHours(1), "editor");
        String organisation = createWith(editor);

        JsonPath submitted = GraphQL.as(editor).data(SUBMIT, "org", organisation).setRootPath("data.submitReport");

        assertThat(submitted.getList("userErrors")).isEmpty();
        assertThat(submitted.getString("report.submittedBy")).isEqualTo("oa-system-济源");
        assertThat(Database.count("select count(*) from change_event where actor = 'oa-system-济源'")).isEqualTo(2);
    }

    @Test
    void shouldAnswerQueriesWithoutATokenAndDespiteAnInvalidOne() {
        GraphQL.post("{ organisations(first: 1) { totalCount } }").body("errors", equalTo(null));
        GraphQL.as("not-a-token").post("{ organisations(first: 1) { totalCount } }").body("errors", equalTo(null));
    }

    /** The ID of an organisation created with {@code token}, which must be accepted. */
    static String createWith(String token) {
        return GraphQL.as(token).data(CREATE, "code", CreditCodes.next()).getString("upsertOrganisation.organisation.id");
    }

    /** The answer to an upsert sent with {@code token}, after checking that it was refused with {@code code}. */
    static JsonPath assertRefusedAndNothingWritten(String token, String code) {
        Map<String, Long> before = Database.rowCounts();

        JsonPath answer = (token == null ? GraphQL.post(CREATE, "code", CreditCodes.next())
                : GraphQL.as(token).post(CREATE, "code", CreditCodes.next())).extract().jsonPath();

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo(code);
        assertThat(answer.getString("data.upsertOrganisation")).isNull();
        assertThat(Database.rowCounts()).isEqualTo(before);
        return answer;
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
