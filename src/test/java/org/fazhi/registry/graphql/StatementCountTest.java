package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.fazhi.registry.testing.SqlStatements;
import org.fazhi.registry.testing.SqlStatements.Executed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No N+1, and nothing read that was not asked for: a page of reports with their organisations,
 * sections, items, sub-items, commitments and citations costs the same SQL statements for 20 reports
 * as for 100. Answered by PostgreSQL's JSON (POST), it is one statement; through the GraphQL engine (GET),
 * each level of the answer is one batched statement. The report texts are never read unless asked for,
 * and a list is counted only when its {@code totalCount} is. Pages of many organisations' reports and
 * children cost the same statements for five organisations as for twenty, and grouped statistics one
 * statement per measure for one group as for five. Statements are counted by PostgreSQL itself,
 * whatever sent them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatementCountTest {

    private static final String DATABASE = "registry";
    /** Divisions of this test's own organisations, so no other test's reports fall into the pages. */
    private static final String DIVISION = "654301";
    private static final int ORGANISATIONS = 20;
    private static final int YEARS = 5;
    private static final String EVERYTHING = """
            query($first: Int) { reports(first: $first, filter: {divisionCodePrefix: "%s"}) {
              totalCount
              nodes { id title
                organisation { name otherNames }
                sections { kind items { title children { title } } }
                commitments { title themes }
                citations { canonicalTitle } } } }""".formatted(DIVISION);
    /** What a dashboard shows of each report: the front end's main query. */
    private static final String DASHBOARD = """
            query($first: Int) { reports(first: $first, filter: {divisionCodePrefix: "%s"}) {
              nodes { id title organisation { name } sections { kind heading items { title } }
                commitments { title status } } } }""".formatted(DIVISION);

    /**
     * The version of the data + the report count + the groups (reports, obligations) + one statement for each of the
     * five measures asked (findings, commitments, cited laws, repeated problems, metrics), the first time a selection
     * is asked for; a repeat is served from memory.
     */
    static final long GROUPED_STATEMENTS = 9;
    private static final String GROUPED = """
            query($yearTo: Int) { statistics(filter: {divisionCodePrefix: "%s", yearTo: $yearTo},
                                             groupBy: [REPORT_YEAR, DIVISION_LEVEL_3]) {
              reportCount
              groups { key { reportYear county { name } } reportCount obligations { obliged onTimeRate }
                findingsByRule { rule count } commitmentsByStatus { status count }
                mostCitedLaws { canonicalTitle } repeatedProblems { title } metrics { indicator unit sum } } } }"""
            .formatted(DIVISION);

    /**
     * The organisations' page, then for their reports the page of each, the reports and the totals, and for
     * their children the pages and the totals (no organisation to load: only its name and lists are asked).
     */
    static final long NESTED_STATEMENTS = 6;
    private static final String ORGANISATION_PAGE = """
            query($first: Int) { organisations(first: $first, filter: {divisionCodePrefix: "%s"}) {
              nodes { name reports(first: 2) { totalCount nodes { title } } children { totalCount } } } }"""
            .formatted(DIVISION);
    /** The same without the totals: nothing is counted. */
    private static final String ORGANISATION_PAGE_UNCOUNTED = """
            query($first: Int) { organisations(first: $first, filter: {divisionCodePrefix: "%s"}) {
              nodes { name reports(first: 2) { nodes { title } } children { nodes { name } } } } }"""
            .formatted(DIVISION);

    private static boolean loaded;

    /** 100 reports: one a year from 2040 to 2044 for each of 20 organisations, years outermost. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        List<String> organisations = IntStream.range(0, ORGANISATIONS)
                .mapToObj(i -> ReadingData.organisation("计数测试县" + i + "局", "DEPARTMENT", DIVISION, null, null,
                        List.of("計數測試縣" + i + "局")))
                .toList();
        for (int year = 2040; year < 2040 + YEARS; year++) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                ReadingData.submit(organisations.get(i), year, ReadingData.text("计数测试县" + i + "局", year, null,
                        "依照《中华人民共和国行政复议法》办理复议案件" + (i + 1) + "件。"));
            }
        }
        loaded = true;
    }

    /** The statements of {@code query} through the GraphQL engine (GraphQL over HTTP GET). */
    private static List<Executed> statementsOf(String query, int first) {
        return statements(() -> given().queryParam("query", query).queryParam("variables", "{\"first\": " + first + "}")
                .when().get("/graphql").then().statusCode(200).extract().jsonPath(), first);
    }

    /**
     * The statements of {@code query} answered with PostgreSQL's JSON (GraphQL over HTTP POST), besides the one read
     * of the data's version that every such request makes.
     */
    private static List<Executed> jsonStatementsOf(String query, int first) {
        List<Executed> executed = statements(() -> GraphQL.data(query, "first", first).setRootPath(""), first);
        assertThat(executed).filteredOn(s -> s.sql().contains("from data_change")).singleElement()
                .extracting(Executed::calls).isEqualTo(1L);
        return executed.stream().filter(s -> !s.sql().contains("from data_change")).toList();
    }

    private static List<Executed> statements(Supplier<JsonPath> request, int first) {
        request.get(); // warm-up: the first request may read metadata of its own
        // A committed change, though to no row: the measured request builds its answer instead of serving it kept.
        Database.execute("update report set title = title where false");
        SqlStatements.reset();
        JsonPath answer = request.get();
        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.reports.nodes")).hasSize(first);
        return SqlStatements.executedIn(DATABASE);
    }

    private static long count(List<Executed> statements) {
        return statements.stream().mapToLong(Executed::calls).sum();
    }

    private long statementsOfGroups(int lastYear, int groups) {
        SqlStatements.reset();
        List<Object> rows = GraphQL.data(GROUPED, "yearTo", lastYear).getList("statistics.groups");
        assertThat(rows).hasSize(groups);
        return SqlStatements.countIn(DATABASE);
    }

    private List<Executed> statementsOfOrganisations(String query, int first) {
        SqlStatements.reset();
        assertThat(GraphQL.data(query, "first", first).getList("organisations.nodes")).hasSize(first);
        return SqlStatements.executedIn(DATABASE);
    }

    @Test
    void shouldPageTheReportsAndChildrenOfFiveAndTwentyOrganisationsWithTheSameFewStatements() {
        statementsOfOrganisations(ORGANISATION_PAGE, 5); // warm-up
        for (int first : new int[] {5, 20}) {
            List<Executed> statements = statementsOfOrganisations(ORGANISATION_PAGE, first);
            assertThat(count(statements)).as("%s", statements).isEqualTo(NESTED_STATEMENTS);
        }
    }

    @Test
    void shouldCountNoOrganisationsListUnlessItsTotalIsAsked() {
        statementsOfOrganisations(ORGANISATION_PAGE_UNCOUNTED, 5); // warm-up
        List<Executed> statements = statementsOfOrganisations(ORGANISATION_PAGE_UNCOUNTED, 20);

        // The organisations' page, the page of each one's reports and the reports, the pages of children (they have none).
        assertThat(count(statements)).isEqualTo(4);
        assertThat(statements).extracting(Executed::sql).noneMatch(sql -> sql.contains("count("));
    }

    @Test
    void shouldAggregateOneAndFiveGroupsWithOneStatementPerMeasure() {
        statementsOfGroups(2045, 5); // warm-up, with a selection of its own: the ones measured are computed
        long one = statementsOfGroups(2040, 1);
        long five = statementsOfGroups(2044, 5);

        assertThat(one).isEqualTo(GROUPED_STATEMENTS);
        assertThat(five).isEqualTo(GROUPED_STATEMENTS);
    }

    @Test
    void shouldReadTwentyAndAHundredReportsWithTheSameFewStatements() {
        // page + count + organisations + their other names + sections + items + sub-items + commitments + citations
        assertThat(count(statementsOf(EVERYTHING, 20))).isEqualTo(9);
        assertThat(count(statementsOf(EVERYTHING, 100))).isEqualTo(9);
    }

    @Test
    void shouldReadTheDashboardInOneStatementALevelAndCountNothing() {
        // page + organisations + sections + items + commitments
        assertThat(count(statementsOf(DASHBOARD, 20))).isEqualTo(5);
        assertThat(count(statementsOf(DASHBOARD, 100))).isEqualTo(5);
        assertThat(statementsOf(DASHBOARD, 20)).extracting(Executed::sql).noneMatch(sql -> sql.contains("count("));
    }

    @Test
    void shouldAnswerWithPostgresJsonInOneStatementWhateverThePageSize() {
        assertThat(count(jsonStatementsOf(EVERYTHING, 20))).isEqualTo(1);
        assertThat(count(jsonStatementsOf(EVERYTHING, 100))).isEqualTo(1);
        assertThat(jsonStatementsOf(DASHBOARD, 20)).extracting(Executed::sql).noneMatch(sql -> sql.contains("count("));
    }

    @Test
    void shouldNeverReadTheReportTextsOrUnaskedColumnsForTheDashboard() {
        for (List<Executed> executed : List.of(statementsOf(DASHBOARD, 20), jsonStatementsOf(DASHBOARD, 20))) {
            List<String> statements = executed.stream().map(Executed::sql).toList();

            assertThat(statements).noneMatch(sql -> sql.contains("normalised_text") || sql.contains("original_text"));
            // Columns of the report, the organisation and the items nobody asked for.
            assertThat(statements).noneMatch(sql -> sql.contains("source_url") || sql.contains("credit_code")
                    || sql.contains(".text") || sql.contains("other_name"));
        }
    }

    @Test
    void shouldReadATextOnlyWhenItIsAskedFor() {
        String texts = """
                query($first: Int) { reports(first: $first, filter: {divisionCodePrefix: "%s"}) {
                  nodes { title normalisedText } } }""".formatted(DIVISION);
        for (List<Executed> executed : List.of(statementsOf(texts, 2), jsonStatementsOf(texts, 2))) {
            assertThat(executed).extracting(Executed::sql)
                    .anyMatch(sql -> sql.contains("normalised_text")).noneMatch(sql -> sql.contains("original_text"));
        }
    }
}
