package org.fazhi.registry.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No N+1: a page of reports with their organisations, sections, items, sub-items, commitments and
 * citations costs the same number of SQL statements for 20 reports as for 100, because every list is
 * resolved by one batched query for the whole page; grouped statistics cost one statement per measure
 * for one group as for five.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatementCountTest {

    /**
     * count + page + organisations + their other names + sections + items + sub-items + commitments + citations.
     */
    static final long STATEMENTS = 9;
    /** Divisions of this test's own organisations, so no other test's reports fall into the pages. */
    private static final String DIVISION = "654301";
    private static final int ORGANISATIONS = 20;
    private static final int YEARS = 5;
    private static final String PAGE = """
            query($first: Int) { reports(first: $first, filter: {divisionCodePrefix: "%s"}) {
              totalCount
              nodes { id title
                organisation { name otherNames }
                sections { kind items { title children { title } } }
                commitments { title themes }
                citations { canonicalTitle } } } }""".formatted(DIVISION);

    /**
     * The report count + the groups (reports, obligations) + one statement for each of the five measures
     * asked (findings, commitments, cited laws, repeated problems, metrics).
     */
    static final long GROUPED_STATEMENTS = 8;
    private static final String GROUPED = """
            query($yearTo: Int) { statistics(filter: {divisionCodePrefix: "%s", yearTo: $yearTo},
                                             groupBy: [REPORT_YEAR, DIVISION_LEVEL_3]) {
              reportCount
              groups { key { reportYear county { name } } reportCount obligations { obliged onTimeRate }
                findingsByRule { rule count } commitmentsByStatus { status count }
                mostCitedLaws { canonicalTitle } repeatedProblems { title } metrics { indicator unit sum } } } }"""
            .formatted(DIVISION);

    /**
     * The organisations' page and count, their other names, then for their reports the page of each, the
     * totals and the reports, and for their children the pages and the totals (no organisation to load).
     */
    static final long NESTED_STATEMENTS = 8;
    private static final String ORGANISATION_PAGE = """
            query($first: Int) { organisations(first: $first, filter: {divisionCodePrefix: "%s"}) {
              nodes { name reports(first: 2) { totalCount nodes { title } } children { totalCount } } } }"""
            .formatted(DIVISION);

    private static boolean loaded;

    @Inject
    SessionFactory sessionFactory;

    /** 100 reports: one a year from 2040 to 2044 for each of 20 organisations, years outermost. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        List<String> organisations = java.util.stream.IntStream.range(0, ORGANISATIONS)
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

    private long statementsOf(int first) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<Object> nodes = GraphQL.data(PAGE, "first", first).getList("reports.nodes");
        assertThat(nodes).hasSize(first);
        return statistics.getPrepareStatementCount();
    }

    private long statementsOfGroups(int lastYear, int groups) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<Object> rows = GraphQL.data(GROUPED, "yearTo", lastYear).getList("statistics.groups");
        assertThat(rows).hasSize(groups);
        return statistics.getPrepareStatementCount();
    }

    private long statementsOfOrganisations(int first) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertThat(GraphQL.data(ORGANISATION_PAGE, "first", first).getList("organisations.nodes")).hasSize(first);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void shouldPageTheReportsAndChildrenOfFiveAndTwentyOrganisationsWithTheSameFewStatements() {
        statementsOfOrganisations(5); // warm-up
        assertThat(statementsOfOrganisations(5)).isEqualTo(NESTED_STATEMENTS);
        assertThat(statementsOfOrganisations(20)).isEqualTo(NESTED_STATEMENTS);
    }

    @Test
    void shouldAggregateOneAndFiveGroupsWithOneStatementPerMeasure() {
        statementsOfGroups(2044, 5); // warm-up
        long one = statementsOfGroups(2040, 1);
        long five = statementsOfGroups(2044, 5);

        assertThat(one).isEqualTo(GROUPED_STATEMENTS);
        assertThat(five).isEqualTo(GROUPED_STATEMENTS);
    }

    @Test
    void shouldReadTwentyAndAHundredReportsWithTheSameFewStatements() {
        statementsOf(20); // warm-up: the first request may load metadata of its own
        long twenty = statementsOf(20);
        long hundred = statementsOf(100);

        assertThat(twenty).isEqualTo(STATEMENTS);
        assertThat(hundred).isEqualTo(STATEMENTS);
    }
}
