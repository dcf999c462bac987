package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata a document states apart from its text (a web page's disclosure table) reaches the metadata stage as fields. */
class StatedFieldsTest {

    private static final ReportParser PARSER = new ReportParser();
    private static final String BODY = "2023年，县司法局全面贯彻落实党中央关于法治建设的决策部署。\n"
            + "一、主要举措和成效\n（一）加强行政复议工作。全年办理行政复议案件45件。\n"
            + "二、存在的问题\n（一）复议纠错率偏低。\n三、2024年工作计划\n（一）推进行政复议体制改革。\n";

    @Test
    void tableCellsGiveIssuerIndexNumberAndDates() {
        Map<String, String> fields = fields("索 引 号", "11370322MB2853049T/2024-00123", "发布机构", "某某县司法局",
                "成文日期", "2024-03-10", "名称", "某某县司法局2023年法治政府建设年度报告", "发布日期", "2024-03-15 10:20");

        ReportMetadata m = PARSER.parse(BODY, fields, null).metadata();

        assertThat(m.organisationName()).isEqualTo("某某县司法局");
        assertThat(m.title()).isEqualTo("某某县司法局2023年法治政府建设年度报告");
        assertThat(m.reportYear()).isEqualTo(2023);
        assertThat(m.indexNumber()).isEqualTo("11370322MB2853049T/2024-00123");
        assertThat(m.creditCode()).isEqualTo(new CreditCode("11370322MB2853049T"));
        assertThat(m.issuedDate()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void statedFieldsOutrankTheTextsOwnTable() {
        String text = "| 发布机构: | 某某县人民政府 | 发布日期: | 2024-05-01 |\n" + BODY;

        ReportMetadata m = PARSER.parse(text, fields("发布机构：", "某某县司法局", "发布日期", "2024年3月15日"), null).metadata();

        assertThat(m.organisationName()).isEqualTo("某某县司法局");
        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void traditionalLabelsAndValuesAreReadAsSimplified() {
        ReportMetadata m = PARSER.parse(BODY, fields("發布機構", "某某縣司法局", "【成文日期】", "2024-03-10"), null).metadata();

        assertThat(m.organisationName()).isEqualTo("某某县司法局");
        assertThat(m.issuedDate()).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void unknownAndIgnoredLabelsChangeNothing() {
        Map<String, String> fields = fields("主题分类", "政务公开", "信息来源", "某某县人民政府", "浏览次数", "123");

        assertThat(PARSER.parse(BODY, fields, null).metadata()).isEqualTo(PARSER.parse(BODY).metadata());
    }

    @Test
    void theSubmittersPublicationDateOutranksTheStatedOne() {
        ReportMetadata m = PARSER.parse(BODY, fields("发布日期", "2024-03-15"), LocalDate.of(2024, 3, 20)).metadata();

        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    private static Map<String, String> fields(String... labelsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            fields.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return fields;
    }
}
