package org.fazhi.registry.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.testing.CheapReads;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * More expensive operations than the service runs at once are refused with the retryable SERVICE_BUSY, and a request
 * that runs past its timeout is cancelled with the retryable TIMEOUT, while cheap reads answer. A table lock taken by
 * the test holds a submission as long as it needs; one permit and a short timeout make the limits certain.
 */
@QuarkusTest
@TestProfile(OverloadHardeningTest.OnePermit.class)
@WithTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = EmbeddedPostgresResource.DATABASE_ARG, value = OverloadHardeningTest.DATABASE))
class OverloadHardeningTest {

    static final String DATABASE = "overload";
    /** Long enough for a submission to reach the lock on a busy machine, short enough to wait for. */
    private static final String TIMEOUT = "20s";
    private static final String SUBMIT = """
            mutation($text: String!) {
              submitReport(input: {text: $text}) { created userErrors { code } }
            }""";
    private static final String TEXT = "合川区钱塘镇人民政府2024年法治政府建设工作报告\n一、主要举措和成效\n（一）推进依法行政。";

    public static class OnePermit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.requests.expensive-concurrency", "1", "registry.requests.expensive-queue", "0",
                    "registry.requests.timeout", TIMEOUT);
        }
    }

    @Test
    void anExpensiveOperationBeyondThePermitsIsRefusedAsBusyAndRetryable() throws Exception {
        CompletableFuture<JsonPath> holder;
        try (Connection lock = Database.connection(DATABASE); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("lock table report in access exclusive mode");
            holder = CheapReads.inParallel(() -> GraphQL.asEditor().post(SUBMIT, "text", TEXT + "全年办理案件1件。")
                    .extract().jsonPath());
            assertThat(waitingOnALock()).as("the submission holds the only permit").isTrue();
            CheapReads reads = CheapReads.send(2);

            JsonPath refused = GraphQL.post("{ parseReport(text: \"某县司法局2024年法治政府建设工作报告\") { title } }")
                    .extract().jsonPath();

            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("SERVICE_BUSY");
            assertThat(refused.getBoolean("errors[0].extensions.retryable")).isTrue();
            assertThat(refused.getString("errors[0].message")).contains("retry");
            reads.assertAnswered();
            lock.rollback();
        }
        JsonPath served = holder.get();
        assertThat(served.getList("errors")).isNull();
        assertThat(served.getBoolean("data.submitReport.created")).isTrue();
    }

    @Test
    void aWriteRunningPastTheTimeoutIsCancelledAndRolledBack() throws Exception {
        long reportsBefore = count("select count(*) from report");
        long organisationsBefore = count("select count(*) from organisation");

        JsonPath answer = whileReportsAreLocked(() -> GraphQL.asEditor().post(SUBMIT, "text", TEXT + "全年办理案件2件。"));

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("TIMEOUT");
        assertThat(answer.getBoolean("errors[0].extensions.retryable")).isTrue();
        assertThat(count("select count(*) from report")).isEqualTo(reportsBefore);
        assertThat(count("select count(*) from organisation")).isEqualTo(organisationsBefore);
    }

    @Test
    void aReadRunningPastTheTimeoutIsCancelledAndStartsNoFurtherField() throws Exception {
        String report = GlobalId.encode(NodeType.Report, 1);

        JsonPath answer = whileReportsAreLocked(() -> GraphQL.post(
                "query($id: ID!) { report(id: $id) { id } organisations(first: 1) { totalCount } }", "id", report));

        assertThat(answer.getList("errors.path.flatten()")).containsExactly("report", "organisations");
        assertThat(answer.getList("errors.extensions.code")).containsOnly("TIMEOUT");
        assertThat(answer.getString("errors[1].message")).contains("not resolved");
    }

    /** The answer to {@code request}, sent while the test holds the report table, with cheap reads meanwhile. */
    private static JsonPath whileReportsAreLocked(Supplier<ValidatableResponse> request) throws Exception {
        try (Connection lock = Database.connection(DATABASE); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("lock table report in access exclusive mode");
            CompletableFuture<JsonPath> answer = CheapReads.inParallel(() -> request.get().extract().jsonPath());
            CheapReads.send(2).assertAnswered();
            JsonPath answered = answer.get();
            lock.rollback();
            return answered;
        }
    }

    /** True once a statement of the service waits for the test's lock. */
    private static boolean waitingOnALock() throws InterruptedException, SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (count("select count(*) from pg_stat_activity where datname = '" + DATABASE
                    + "' and wait_event_type = 'Lock'") > 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = Database.connection(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
