package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Texts of one report arriving late, twice, or from two writers at once: the current version is always the right one. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportVersionsApiTest {

    private static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) {
                created changed
                report { id state }
                currentReport { id state }
                userErrors { field code message }
              }
            }""";
    private static final String FIRST = ReportApiTest.TEXT;
    private static final String CORRECTED = ReportApiTest.TEXT.replace("全年召开专题会议4次", "全年召开专题会议5次");

    private static JsonPath submit(String organisation, String text, String publishedDate, String supersedes) {
        Map<String, Object> input = ReportApiTest.input(organisation, 2024, text);
        input.put("publishedDate", publishedDate);
        input.put("supersedes", supersedes);
        return GraphQL.asEditor().data(SUBMIT, "input", input).setRootPath("data.submitReport");
    }

    private static Map<String, String> statesOf(String organisation) {
        Map<String, String> states = new HashMap<>();
        JsonPath reports = GraphQL.data("query($org: ID!) { s: reports(filter: {organisationId: $org, state: SUPERSEDED}) "
                + "{ nodes { id } } c: reports(filter: {organisationId: $org}) { nodes { id } } }", "org", organisation);
        reports.getList("s.nodes.id", String.class).forEach(id -> states.put(id, "SUPERSEDED"));
        reports.getList("c.nodes.id", String.class).forEach(id -> states.put(id, "CURRENT"));
        return states;
    }

    @Test
    void shouldKeepTheCorrectionCurrentWhenALateRetryOfTheFirstTextArrives() {
        String organisation = ReportApiTest.createOrganisation("栾川县人民政府");
        String r1 = submit(organisation, FIRST, "2025-02-10", null).getString("report.id");
        String r2 = submit(organisation, CORRECTED, "2025-02-20", null).getString("report.id");
        long events = Database.count("select count(*) from change_event");

        JsonPath retry = submit(organisation, FIRST, "2025-02-10", null);

        assertThat(retry.getString("report.id")).isEqualTo(r1);
        assertThat(retry.getString("report.state")).isEqualTo("SUPERSEDED");
        assertThat(retry.getBoolean("created")).isFalse();
        assertThat(retry.getBoolean("changed")).isFalse();
        assertThat(retry.getString("currentReport.id")).isEqualTo(r2);
        assertThat(statesOf(organisation)).isEqualTo(Map.of(r1, "SUPERSEDED", r2, "CURRENT"));
        assertThat(Database.count("select count(*) from change_event")).isEqualTo(events);
    }

    @Test
    void shouldStoreATextOlderThanTheCurrentVersionAsSuperseded() {
        String organisation = ReportApiTest.createOrganisation("嵩县人民政府");
        String current = submit(organisation, CORRECTED, "2025-02-20", null).getString("report.id");

        JsonPath older = submit(organisation, FIRST, "2025-02-10", null);

        assertThat(older.getList("userErrors")).isEmpty();
        assertThat(older.getBoolean("created")).isTrue();
        assertThat(older.getString("report.state")).isEqualTo("SUPERSEDED");
        assertThat(older.getString("currentReport.id")).isEqualTo(current);
        assertThat(statesOf(organisation)).isEqualTo(Map.of(older.getString("report.id"), "SUPERSEDED", current, "CURRENT"));
    }

    @Test
    void shouldRefuseATextSentAgainstAVersionThatIsNoLongerCurrent() {
        String organisation = ReportApiTest.createOrganisation("汝阳县人民政府");
        String r1 = submit(organisation, FIRST, null, null).getString("report.id");
        String r2 = submit(organisation, CORRECTED, null, r1).getString("report.id");
        Map<String, Long> before = Database.rowCounts();

        JsonPath stale = submit(organisation, FIRST + "四、其他需要报告的情况\r\n无。\r\n", null, r1);

        assertThat(stale.getString("report")).isNull();
        assertThat(stale.getString("userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(stale.getString("userErrors[0].field")).isEqualTo("input.supersedes");
        assertThat(stale.getString("userErrors[0].message")).contains(r2);
        assertThat(stale.getString("currentReport.id")).isEqualTo(r2);
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentWritersReplaceTheVersionTheyBothSaw() throws Exception {
        String organisation = ReportApiTest.createOrganisation("洛宁县人民政府");
        String r1 = submit(organisation, FIRST, null, null).getString("report.id");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<JsonPath>> writers = new ArrayList<>();
        for (String change : List.of("全年召开专题会议6次", "全年召开专题会议7次")) {
            writers.add(() -> {
                start.await();
                return submit(organisation, FIRST.replace("全年召开专题会议4次", change), null, r1);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<JsonPath>> answers = writers.stream().map(pool::submit).toList();
        start.countDown();
        List<JsonPath> results = new ArrayList<>();
        for (Future<JsonPath> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();

        List<JsonPath> stored = results.stream().filter(r -> r.getList("userErrors").isEmpty()).toList();
        List<JsonPath> stale = results.stream().filter(r -> !r.getList("userErrors").isEmpty()).toList();
        assertThat(stored).hasSize(1);
        assertThat(stale).hasSize(1);
        String winner = stored.get(0).getString("report.id");
        assertThat(stale.get(0).getString("userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(stale.get(0).getString("userErrors[0].message")).contains(winner);
        assertThat(stale.get(0).getString("currentReport.id")).isEqualTo(winner);
        assertThat(statesOf(organisation)).isEqualTo(Map.of(r1, "SUPERSEDED", winner, "CURRENT"));
        long key = GlobalId.decode(organisation).orElseThrow().id();
        assertThat(Database.count("select count(*) from report where organisation_id = " + key)).isEqualTo(2);
    }

    @Test
    void shouldRefuseASupersedesThatIsNotAReportId() {
        String organisation = ReportApiTest.createOrganisation("伊川县人民政府办公室");

        JsonPath refused = submit(organisation, FIRST, null, organisation);

        assertThat(refused.getString("userErrors[0].code")).isEqualTo("INVALID_ID");
        assertThat(refused.getString("userErrors[0].field")).isEqualTo("input.supersedes");
    }
}
