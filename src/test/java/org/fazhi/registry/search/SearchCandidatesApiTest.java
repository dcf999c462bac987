package org.fazhi.registry.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.fazhi.registry.testing.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search ranks a bounded number of hits of each kind, those in the most recently published reports: with a limit of
 * three, a term in all of thirty reports still answers a ranked first page, of the newest reports' hits, and says
 * that not every hit is ranked; a rare term, found only in old reports through the trigram or the bigram index, is
 * ranked exactly as a search of every report would. A database of its own holds only this test's reports.
 */
@QuarkusTest
@TestProfile(SearchCandidatesApiTest.ThreeOfEachKind.class)
@WithTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = EmbeddedPostgresResource.DATABASE_ARG, value = SearchCandidatesApiTest.DATABASE))
class SearchCandidatesApiTest {

    static final String DATABASE = "search";
    private static final String BODY = "鸳鸯县人民政府";
    /** In every report: one occurrence in an item. */
    private static final String EVERYWHERE = "鸳鸯湖";
    /** In the reports of 2002 and 2003 only, far behind the twelve newest reports read first. */
    private static final String RARE = "白鹭洲";
    private static final String SEARCH = """
            query($q: String!, $after: String) { search(query: $q, first: 20, after: $after) {
              totalCount allHitsRanked
              nodes { kind score report { reportYear } item { text } }
              pageInfo { hasNextPage } } }""";
    private static boolean loaded;

    public static class ThreeOfEachKind implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.search.candidates", "3");
        }
    }

    /** Thirty reports of one body, 2001 to 2030, each published in March of the next year. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        String body = ReadingData.organisation(BODY, "GOVERNMENT", "654326", null, null, List.of());
        for (int year = 2001; year <= 2030; year++) {
            String extra = "治理" + EVERYWHERE + "。" + (year == 2002 || year == 2003 ? "建成" + RARE + "湿地公园。" : "");
            ReadingData.submit(body, year, ReadingData.text(BODY, year, (year + 1) + "-03-01", extra));
        }
        loaded = true;
    }

    private static JsonPath search(String q) {
        return GraphQL.data(SEARCH, "q", q).setRootPath("data.search");
    }

    @Test
    void shouldRankTheNewestHitsOfATermFoundEverywhere() {
        JsonPath hits = search(EVERYWHERE);

        assertThat(hits.getBoolean("allHitsRanked")).isFalse();
        assertThat(hits.getInt("totalCount")).isEqualTo(6);
        assertThat(hits.getList("nodes")).hasSize(6);
        assertThat(hits.getBoolean("pageInfo.hasNextPage")).isFalse();
        // The item (short, about the term) ranks above its whole report, as in any ranking.
        assertThat(hits.getList("nodes.kind")).containsExactly("ITEM", "ITEM", "ITEM", "REPORT", "REPORT", "REPORT");
        assertThat(hits.getList("nodes.score", Float.class)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(hits.getList("nodes.report.reportYear", Integer.class)).containsOnly(2028, 2029, 2030);
    }

    @Test
    void shouldRankARareTermFoundInOldReportsExactly() {
        SqlStatements.reset();
        JsonPath hits = search(RARE);

        assertThat(hits.getBoolean("allHitsRanked")).isTrue();
        assertThat(hits.getInt("totalCount")).isEqualTo(4);
        assertThat(hits.getList("nodes.kind")).containsExactly("ITEM", "ITEM", "REPORT", "REPORT");
        assertThat(hits.getList("nodes.report.reportYear", Integer.class)).containsExactlyInAnyOrder(2002, 2003, 2002, 2003);
        assertThat(hits.getList("nodes.item.text", String.class)).allMatch(text -> text.contains(RARE));
        assertThat(hits.getList("nodes.score", Float.class)).isSortedAccordingTo(Comparator.reverseOrder());
        // Read through the trigram index of all older reports, after the twelve newest ones held nothing.
        assertThat(SqlStatements.executedIn(DATABASE)).anyMatch(s -> s.sql().contains("like") && !s.sql().contains(">= ("));
    }

    @Test
    void shouldFindATwoCharacterTermThroughTheBigramIndexAndOneCharacterByReadingEveryReport() {
        JsonPath three = search(RARE);
        SqlStatements.reset();
        JsonPath two = search("鹭洲");

        assertThat(two.getList("nodes.kind")).isEqualTo(three.getList("nodes.kind"));
        assertThat(two.getList("nodes.report.reportYear")).isEqualTo(three.getList("nodes.report.reportYear"));
        assertThat(two.getBoolean("allHitsRanked")).isTrue();
        assertThat(SqlStatements.executedIn(DATABASE)).anyMatch(s -> s.sql().contains("search_bigrams"));
        assertThat(search("鹭").getList("nodes.report.reportYear")).isEqualTo(three.getList("nodes.report.reportYear"));
    }

    @Test
    void shouldLetTheBigramIndexAnswerTheConditionSearchWrites() throws SQLException {
        try (Connection c = Database.connection(DATABASE); Statement s = c.createStatement()) {
            s.execute("analyze report");
            try (ResultSet plan = s.executeQuery("explain select id from report r where r.state = 'CURRENT' and "
                    + "search_bigrams(coalesce(r.title, '') || E'\\n' || r.normalised_text) @> array['鹭洲']")) {
                StringBuilder text = new StringBuilder();
                while (plan.next()) {
                    text.append(plan.getString(1)).append('\n');
                }
                assertThat(text).contains("report_current_bigram_idx");
            }
        }
    }
}
