package org.fazhi.registry.testing;

import io.quarkus.arc.Arc;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.demo.DemoDataLoader;

/**
 * The data the read-side tests query: the five sample reports and four reports of our own by three
 * organisations in the otherwise unused divisions 6542xx (塔城地区), loaded once per test run through the API.
 * Tests that need exact numbers filter on {@link #DIVISION}; submission is idempotent, so the samples
 * may also be submitted by other tests.
 */
public final class ReadingData {

    /** The division code prefix of our own organisations. */
    public static final String DIVISION = "6542";

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final String SUBMIT = """
            mutation($input: SubmitReportInput!) { submitReport(input: $input) {
              report { id } userErrors { code message } } }""";

    private static ReadingData loaded;

    public final String zone;
    public final String county;
    public final String bureau;
    public final Map<String, String> reports = new HashMap<>();

    private ReadingData() {
        zone = organisation("样例高新区管理委员会", "DEVELOPMENT_ZONE", "654201", null, null, List.of("樣例高新區"));
        county = organisation("样例县人民政府", "GOVERNMENT", "654202", null, null, List.of());
        bureau = organisation("样例县司法局", "DEPARTMENT", "654202", county, CreditCodes.next(), List.of());
        reports.put("county2022", submit(county, 2022, text("样例县人民政府", 2022, "2023-03-15", "")));
        reports.put("county2023", submit(county, 2023, text("样例县人民政府", 2023, "2024-05-10", "")));
        reports.put("bureau2023", submit(bureau, 2023, text("样例县司法局", 2023, "2024-02-01",
                "依照《中华人民共和国行政复议法》办理复议案件6件。")));
        reports.put("zone2023", submit(zone, 2023, text("样例高新区管理委员会", 2023, null, "")));
        submitSeeds();
    }

    public static synchronized ReadingData load() {
        if (loaded == null) {
            loaded = new ReadingData();
        }
        return loaded;
    }

    /** A short report in the shape of the real ones; {@code published} becomes a 发布日期 line of the site's table. */
    public static String text(String organisation, int year, String published, String extra) {
        return (published == null ? "" : "| 发布机构: | " + organisation + " | 发布日期: | " + published + " |\n")
                + organisation + "关于" + year + "年法治政府建设工作情况的报告\n"
                + year + "年，我们深入学习贯彻习近平法治思想。\n"
                + "一、主要举措和成效\n"
                + "（一）推进政务公开。全年主动公开政府信息120条。" + extra + "\n"
                + "（二）加强行政执法监督。开展执法检查8次。\n"
                + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
                + "（一）主要负责人带头学法。召开常务会议学法4次。\n"
                + "三、存在的问题和不足\n"
                + "（一）执法人员专业能力不足。\n"
                + "四、" + (year + 1) + "年工作安排\n"
                + "（一）深化政务公开。推进政务公开标准化规范化。\n"
                + "（二）全面加强法治宣传力度。落实普法责任制。\n";
    }

    public static String organisation(String name, String kind, String division, String parent, String creditCode,
            List<String> otherNames) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("kind", kind);
        input.put("divisionCode", division);
        input.put("parentId", parent);
        input.put("creditCode", creditCode);
        input.put("otherNames", otherNames);
        return GraphQL.asEditor().data("""
                mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) {
                  organisation { id } userErrors { code message } } }""", "input", input)
                .getString("upsertOrganisation.organisation.id");
    }

    public static String submit(String organisation, int year, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("organisation", organisation == null ? null : Map.of("id", organisation));
        input.put("reportYear", year);
        input.put("text", text);
        return GraphQL.asEditor().data(SUBMIT, "input", input).getString("submitReport.report.id");
    }

    /** The samples, through the demo loader, which also registers the bodies the texts do not name. */
    private static void submitSeeds() {
        Arc.container().instance(DemoDataLoader.class).get().load(SEEDS);
    }
}
