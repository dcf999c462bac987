package org.fazhi.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regions compared: statistics grouped by division, kind and year over the reading data (塔城地区, 6542)
 * and over two 拉萨 districts with percentages and an obligation without a report (5401).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatisticsGroupApiTest {

    private static final String GROUPS = """
            query($filter: ReportFilter, $groupBy: [StatisticsGrouping]) { statistics(filter: $filter, groupBy: $groupBy) {
              reportCount
              metricTotals { unit year total count mean min max }
              groups {
                key { province { code } prefecture { code name } county { code fullName } organisationKind reportYear }
                reportCount
                obligations { obliged publishedOnTime missing submissionRate onTimeRate }
                findingsByRule { rule count }
                commitmentsByStatus { status count }
                mostCitedLaws(first: 3) { canonicalTitle reportCount }
                repeatedProblems(first: 3) { title count }
                metrics { indicator unit count sum mean min max } } } }""";

    private static boolean loaded;

    @BeforeEach
    void load() {
        ReadingData.load();
        if (loaded) {
            return;
        }
        String chengguan = ReadingData.organisation("城关区人民政府", "GOVERNMENT", "540102", null, null, List.of());
        String duilong = ReadingData.organisation("堆龙德庆区人民政府", "GOVERNMENT", "540103", null, null, List.of());
        String dazi = ReadingData.organisation("达孜区人民政府", "GOVERNMENT", "540104", null, null, List.of());
        ReadingData.submit(chengguan, 2024, ReadingData.text("城关区人民政府", 2024, "2025-03-01",
                "行政机关负责人出庭应诉率达100%，行政复议纠错率为10%。"));
        ReadingData.submit(duilong, 2024, ReadingData.text("堆龙德庆区人民政府", 2024, "2025-03-02",
                "行政机关负责人出庭应诉率达92.5%，行政复议纠错率为6%。"));
        GraphQL.asEditor().data("""
                mutation($input: SetReportingObligationsInput!) { setReportingObligations(input: $input) { added } }""",
                "input", Map.of("reportYear", 2024, "divisionCode", "540100",
                        "organisations", List.of(Map.of("id", chengguan), Map.of("id", duilong), Map.of("id", dazi))));
        loaded = true;
    }

    private static JsonPath statistics(Map<String, Object> filter, List<String> groupBy) {
        return GraphQL.data(GROUPS, "filter", filter, "groupBy", groupBy).setRootPath("data.statistics");
    }

    @Test
    void shouldSplitReportsAndWhatWasReadFromThemByCountyAndYear() {
        JsonPath ours = statistics(Map.of("divisionCodePrefix", ReadingData.DIVISION), List.of("DIVISION_LEVEL_3", "REPORT_YEAR"));

        assertThat(ours.getList("groups.key.county.code")).containsExactly("654201", "654202", "654202");
        assertThat(ours.getList("groups.key.reportYear")).containsExactly(2023, 2022, 2023);
        assertThat(ours.getList("groups.reportCount")).containsExactly(1, 1, 2);
        assertThat(ours.getString("groups[0].key.county.fullName")).isEqualTo("新疆维吾尔自治区塔城地区塔城市");
        assertThat(ours.getString("groups[0].key.organisationKind")).isNull();

        assertThat(ours.getList("groups[2].findingsByRule")).contains(Map.of("rule", "LATE_PUBLICATION", "count", 1));
        assertThat(ours.getList("groups[0].findingsByRule")).doesNotContain(Map.of("rule", "LATE_PUBLICATION", "count", 1));
        assertThat(ours.getList("groups[2].repeatedProblems")).containsExactly(Map.of("title", "执法人员专业能力不足", "count", 2));
        assertThat(ours.getList("groups[1].repeatedProblems")).isEmpty();
        assertThat(ours.getList("groups[2].mostCitedLaws")).containsExactly(Map.of("canonicalTitle", "行政复议法", "reportCount", 1));
        assertThat(ours.getList("groups.commitmentsByStatus.count", List.class).stream()
                .mapToInt(counts -> ((List<?>) counts).stream().mapToInt(c -> (Integer) c).sum()).boxed().toList())
                .containsExactly(2, 2, 4);
    }

    @Test
    void shouldLineUpQuantitiesByIndicator() {
        JsonPath ours = statistics(Map.of("divisionCodePrefix", "654202"), List.of("REPORT_YEAR"));

        List<Map<String, Object>> metrics2023 = ours.getList("groups[1].metrics");
        assertThat(metrics2023).anySatisfy(m -> assertThat(m).containsEntry("indicator", "INFORMATION_DISCLOSED")
                .containsEntry("unit", "条").containsEntry("count", 2).containsEntry("sum", 240));
        assertThat(metrics2023).anySatisfy(m -> assertThat(m).containsEntry("indicator", "ADMINISTRATIVE_REVIEW_CASES")
                .containsEntry("sum", 6));
        assertThat(metrics2023).anySatisfy(m -> assertThat(m).containsEntry("indicator", "ENFORCEMENT_INSPECTIONS")
                .containsEntry("sum", 16));
        assertThat(ours.getList("groups[0].metrics.indicator")).contains("INFORMATION_DISCLOSED", "LAW_STUDY_SESSIONS");
    }

    @Test
    void shouldNeverSumPercentages() {
        JsonPath lhasa = statistics(Map.of("divisionCodePrefix", "5401"), List.of("DIVISION_LEVEL_2"));

        assertThat(lhasa.getList("groups.key.prefecture.name")).containsExactly("拉萨市");
        List<Map<String, Object>> metrics = lhasa.getList("groups[0].metrics");
        assertThat(metrics).anySatisfy(m -> assertThat(m).containsEntry("indicator", "COURT_APPEARANCE_RATE")
                .containsEntry("unit", "%").containsEntry("count", 2).containsEntry("sum", null)
                .containsEntry("mean", 96.25f).containsEntry("min", 92.5f).containsEntry("max", 100));
        assertThat(metrics).anySatisfy(m -> assertThat(m).containsEntry("indicator", "ADMINISTRATIVE_REVIEW_CORRECTION_RATE")
                .containsEntry("sum", null).containsEntry("mean", 8.0f));
        List<Map<String, Object>> totals = lhasa.getList("metricTotals");
        assertThat(totals).anySatisfy(t -> assertThat(t).containsEntry("unit", "%").containsEntry("total", null)
                .containsEntry("count", 4).containsEntry("max", 100));
    }

    @Test
    void shouldShowObligationsMetAndBodiesWithoutReportsByCounty() {
        JsonPath lhasa = statistics(Map.of("divisionCodePrefix", "5401", "year", 2024), List.of("DIVISION_LEVEL_3"));

        assertThat(lhasa.getList("groups.key.county.code")).containsExactly("540102", "540103", "540104");
        assertThat(lhasa.getList("groups.reportCount")).containsExactly(1, 1, 0);
        assertThat(lhasa.getList("groups.obligations.obliged")).containsExactly(1, 1, 1);
        assertThat(lhasa.getList("groups.obligations.publishedOnTime")).containsExactly(1, 1, 0);
        assertThat(lhasa.getList("groups.obligations.missing")).containsExactly(0, 0, 1);
        assertThat(lhasa.getList("groups[2].metrics")).isEmpty();

        JsonPath whole = statistics(Map.of("divisionCodePrefix", "5401", "year", 2024), null);
        assertThat(whole.getList("groups")).hasSize(1);
        assertThat(whole.getInt("groups[0].obligations.obliged")).isEqualTo(3);
        assertThat(whole.getFloat("groups[0].obligations.onTimeRate")).isEqualTo(2f / 3);
    }

    @Test
    void shouldGroupByKindOfBody() {
        JsonPath ours = statistics(Map.of("divisionCodePrefix", ReadingData.DIVISION), List.of("ORGANISATION_KIND"));

        assertThat(ours.getList("groups.key.organisationKind")).containsExactly("GOVERNMENT", "DEPARTMENT", "DEVELOPMENT_ZONE");
        assertThat(ours.getList("groups.reportCount")).containsExactly(2, 1, 1);
    }
}
