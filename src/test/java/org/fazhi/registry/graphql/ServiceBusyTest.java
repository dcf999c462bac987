package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * With every connection busy, a request waits the configured time for one and then fails with the
 * coded, retryable SERVICE_BUSY error, by either way of answering (PostgreSQL's JSON, the GraphQL engine),
 * while the requests holding the connections complete normally.
 * A pool of two (Flyway needs two at start-up) and a table lock taken by the test make its exhaustion certain.
 */
@QuarkusTest
@TestProfile(ServiceBusyTest.SmallPool.class)
@WithTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = EmbeddedPostgresResource.DATABASE_ARG, value = ServiceBusyTest.DATABASE))
class ServiceBusyTest {

    static final String DATABASE = "busy";
    private static final int CONNECTIONS = 2;
    private static final String QUERY = "{ reports(first: 1) { nodes { id } } }";

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(CONNECTIONS),
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Test
    void shouldAnswerServiceBusyWhenNoConnectionFreesUpInTime() throws Exception {
        List<CompletableFuture<JsonPath>> holders = new ArrayList<>();
        try (Connection lock = Database.connection(DATABASE); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("lock table report in access exclusive mode");
            for (int i = 0; i < CONNECTIONS; i++) {
                holders.add(CompletableFuture.supplyAsync(() -> GraphQL.post(QUERY).extract().jsonPath()));
            }
            assertThat(waitingOnTheLockWithin(Duration.ofSeconds(10))).as("every connection is held").isTrue();

            // By POST, answered with PostgreSQL's JSON; by GET, through the GraphQL engine.
            for (JsonPath refused : List.of(GraphQL.post(QUERY).extract().jsonPath(),
                    given().queryParam("query", QUERY).when().get("/graphql").then().extract().jsonPath())) {
                assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("SERVICE_BUSY");
                assertThat(refused.getBoolean("errors[0].extensions.retryable")).isTrue();
                assertThat(refused.getString("errors[0].message")).contains("retry");
            }
            lock.rollback();
        }
        for (CompletableFuture<JsonPath> holder : holders) {
            JsonPath served = holder.get();
            assertThat(served.getList("errors")).isNull();
            assertThat(served.getList("data.reports.nodes")).isNotNull();
        }
    }

    @Test
    void shouldSayThatOtherErrorsAreNotRetryable() {
        JsonPath refused = GraphQL.post("{ reports(first: 1000) { nodes { id } } }").extract().jsonPath();

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.getBoolean("errors[0].extensions.retryable")).isFalse();
    }

    /** True once every connection of the service waits for the test's lock. */
    private static boolean waitingOnTheLockWithin(Duration time) throws InterruptedException {
        Instant deadline = Instant.now().plus(time);
        while (Instant.now().isBefore(deadline)) {
            if (Database.count("select count(*) from pg_stat_activity where datname = '" + DATABASE
                    + "' and wait_event_type = 'Lock'") == CONNECTIONS) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
