package org.fazhi.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.cache.DataChangePruner;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.fazhi.registry.testing.SqlStatements;
import org.fazhi.registry.testing.SqlStatements.Executed;
import org.junit.jupiter.api.Test;

/**
 * Statistics served again without aggregating, and never stale: every committed write to what they count (a report,
 * an organisation's kind or division, a reviewer's status) shows in the next read. Each test has a body of its own in
 * 阿勒泰地区 (6543), which no other test uses, so its counts are known.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatisticsCacheApiTest {

    private static final String DATABASE = "registry";

    @Inject
    DataChangePruner pruner;

    private static final GraphQL.Bearer REVIEWER = GraphQL.as(DevTokens.issue("test-reviewer", Duration.ofHours(1), "reviewer"));
    private static final String STATISTICS = """
            query($filter: ReportFilter) { statistics(filter: $filter) {
              reportCount
              reportsByOrganisationKind { kind count }
              commitmentsByStatus { status count }
              metricTotals { unit total }
              groups { reportCount } } }""";

    private static JsonPath statistics(String divisionCodePrefix) {
        return GraphQL.data(STATISTICS, "filter", Map.of("divisionCodePrefix", divisionCodePrefix)).setRootPath("data.statistics");
    }

    /** A body in {@code division} with its report for 2031 (two commitments, 120 条 published). */
    private static String bodyWithReport(String name, String division) {
        String organisation = ReadingData.organisation(name, "GOVERNMENT", division, null, null, List.of());
        ReadingData.submit(organisation, 2031, ReadingData.text(name, 2031, "2032-03-01", ""));
        return organisation;
    }

    @Test
    void shouldServeARepeatedReadWithoutAggregating() {
        bodyWithReport("布尔津县人民政府", "654321");
        JsonPath first = statistics("654321");

        SqlStatements.reset();
        JsonPath again = statistics("654321");
        List<Executed> statements = SqlStatements.executedIn(DATABASE);

        assertThat(again.prettify()).isEqualTo(first.prettify());
        assertThat(again.getInt("reportCount")).isEqualTo(1);
        // Only the version of the data is read: one index probe of data_change.
        assertThat(statements).as("%s", statements).singleElement()
                .satisfies(s -> assertThat(s.sql()).contains("data_change").doesNotContain("count(", "group by"));
    }

    @Test
    void shouldSeeEachCommittedChangeInTheNextRead() {
        String organisation = bodyWithReport("富蕴县人民政府", "654322");
        assertThat(statistics("654322").getList("reportsByOrganisationKind"))
                .containsExactly(Map.of("kind", "GOVERNMENT", "count", 1));

        // The organisation's kind.
        GraphQL.asEditor().data("""
                mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) { userErrors { code } } }""",
                "input", Map.of("id", organisation, "kind", "DEPARTMENT"));
        assertThat(statistics("654322").getList("reportsByOrganisationKind"))
                .containsExactly(Map.of("kind", "DEPARTMENT", "count", 1));

        // A reviewer's status.
        String commitment = GraphQL.data("query($id: ID!) { organisation(id: $id) { reports { nodes { commitments { id } } } } }",
                "id", organisation).getString("organisation.reports.nodes[0].commitments[0].id");
        REVIEWER.data("""
                mutation($input: ReviewCommitmentInput!) { reviewCommitment(input: $input) { userErrors { code } } }""",
                "input", Map.of("commitmentId", commitment, "status", "FULFILLED", "note", "已完成"));
        assertThat(statistics("654322").getList("commitmentsByStatus"))
                .containsExactlyInAnyOrder(Map.of("status", "PLANNED", "count", 1), Map.of("status", "FULFILLED", "count", 1));

        // A second report.
        ReadingData.submit(organisation, 2032, ReadingData.text("富蕴县人民政府", 2032, "2033-03-01", "").replace("120条", "30条"));
        JsonPath twoYears = statistics("654322");
        assertThat(twoYears.getInt("reportCount")).isEqualTo(2);
        assertThat(twoYears.getList("metricTotals")).contains(Map.of("unit", "条", "total", 120), Map.of("unit", "条", "total", 30));
        assertThat(twoYears.getList("groups.reportCount")).containsExactly(2);

        // The organisation's division: it leaves this county's statistics.
        GraphQL.asEditor().data("""
                mutation($input: SetOrganisationDivisionInput!) { setOrganisationDivision(input: $input) { userErrors { code } } }""",
                "input", Map.of("organisationId", organisation, "divisionCode", "654323"));
        assertThat(statistics("654322").getInt("reportCount")).isZero();
        assertThat(statistics("654323").getInt("reportCount")).isEqualTo(2);
    }

    @Test
    void shouldSeeAChangeThatCommitsWhileAnOlderTransactionStillRuns() throws SQLException {
        String organisation = bodyWithReport("哈巴河县人民政府", "654324");
        statistics("654324");
        try (Connection older = Database.connection(DATABASE); Statement s = older.createStatement()) {
            older.setAutoCommit(false);
            s.execute("select pg_current_xact_id()"); // a transaction id below the next write's, still running

            GraphQL.asEditor().data("""
                    mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) { userErrors { code } } }""",
                    "input", Map.of("id", organisation, "kind", "TOWNSHIP"));
            assertThat(statistics("654324").getList("reportsByOrganisationKind.kind")).containsExactly("TOWNSHIP");
            assertThat(statistics("654324").getList("reportsByOrganisationKind.kind")).containsExactly("TOWNSHIP");
            older.rollback();
        }
        assertThat(statistics("654324").getList("reportsByOrganisationKind.kind")).containsExactly("TOWNSHIP");
    }

    @Test
    void shouldKeepServingFromMemoryAfterOldChangesArePruned() {
        bodyWithReport("青河县人民政府", "654325");
        JsonPath first = statistics("654325");

        pruner.prune();

        assertThat(Database.count("select count(*) from data_change")).isOne();
        SqlStatements.reset();
        assertThat(statistics("654325").prettify()).isEqualTo(first.prettify());
        assertThat(SqlStatements.executedIn(DATABASE)).hasSize(1);
    }
}
