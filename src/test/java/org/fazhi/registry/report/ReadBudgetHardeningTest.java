package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.registry.testing.CheapReads;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Reads of stored report data are bounded: a request reading more than its budget is refused with RESPONSE_TOO_LARGE,
 * one the service has no room for now with the retryable SERVICE_BUSY, and what a request read is given back when it
 * ends. A budget of a few sample reports, and a pool smaller than one request's budget, make the limits certain.
 */
@QuarkusTest
@TestProfile(ReadBudgetHardeningTest.SmallBudget.class)
@WithTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = EmbeddedPostgresResource.DATABASE_ARG, value = ReadBudgetHardeningTest.DATABASE))
class ReadBudgetHardeningTest {

    static final String DATABASE = "reads";
    /** The largest sample report: 9.1 KB of UTF-8. */
    private static final String SAMPLE = "seeds/004_3ec005597ce203f5.txt";
    private static final String BUDGET = "20000";
    private static final String POOL = "12000";
    private static String sampleId;

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.requests.read-budget", BUDGET, "registry.requests.reads-in-flight", POOL);
        }
    }

    @Test
    void aReadOfMoreReportDataThanOneRequestMayIsRefusedAsTooLarge() throws Exception {
        sample();
        CheapReads reads = CheapReads.send(2);

        JsonPath refused = GraphQL.post("{ reports(first: 20) { nodes { title originalText } } }").extract().jsonPath();

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("RESPONSE_TOO_LARGE");
        assertThat(refused.getBoolean("errors[0].extensions.retryable")).isFalse();
        assertThat(refused.getString("errors[0].message")).contains("more than " + BUDGET + " bytes", "fewer reports");
        reads.assertAnswered();
    }

    @Test
    void aReadWithinTheBudgetIsServedAndWhatItReadIsGivenBack() throws Exception {
        String id = sample();
        for (int i = 0; i < 3; i++) { // each alone takes most of the pool: it is free again once a request ends
            assertThat(GraphQL.data("query($id: ID!) { report(id: $id) { originalText } }", "id", id)
                    .getString("report.originalText")).isEqualTo(text());
        }
    }

    @Test
    void theCommonReadsAreBoundedByTheSameBudgetWhicheverWayTheyAreAnswered() throws Exception {
        String id = sample();
        // By POST these are answered with the JSON PostgreSQL builds; one larger than the budget is left to the engine.
        JsonPath refused = GraphQL.post("{ reports(first: 20) { nodes { title normalisedText } } }").extract().jsonPath();

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("RESPONSE_TOO_LARGE");
        for (int i = 0; i < 3; i++) { // each alone takes most of the pool: it is free again once a request ends
            assertThat(GraphQL.data("query($id: ID!) { report(id: $id) { normalisedText } }", "id", id)
                    .getString("report.normalisedText")).contains("法治");
        }
    }

    @Test
    void aReadTheServiceHasNoRoomForNowIsRefusedAsBusyAndRetryable() throws Exception {
        JsonPath refused = GraphQL.post("query($id: ID!) { report(id: $id) { originalText normalisedText } }",
                "id", sample()).extract().jsonPath();

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("SERVICE_BUSY");
        assertThat(refused.getBoolean("errors[0].extensions.retryable")).isTrue();
    }

    @Test
    void aListLongerThanTheRoomLeftIsRefusedRatherThanReadWhole() throws Exception {
        sample();

        JsonPath refused = GraphQL.post("{ reports(first: 20) { nodes { metrics { value } } } }").extract().jsonPath();

        assertThat(refused.getString("errors[0].extensions.code")).as("the metrics of four reports, more than 12 rows")
                .isEqualTo("SERVICE_BUSY");
    }

    /** The largest sample report, and three copies with a line of their own, stored once for all tests: its ID. */
    private static synchronized String sample() throws IOException {
        if (sampleId == null) {
            sampleId = ReportApiTest.submit(ReportApiTest.input(ReportApiTest.createOrganisation("预算县司法局"), 2024,
                    text())).getString("report.id");
            for (int i = 0; i < 3; i++) {
                ReportApiTest.submit(ReportApiTest.input(ReportApiTest.createOrganisation("读取" + i + "县司法局"), 2024,
                        text() + "\n全年办理行政复议案件" + i + "件。"));
            }
        }
        return sampleId;
    }

    private static String text() throws IOException {
        try (InputStream in = ReadBudgetHardeningTest.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
