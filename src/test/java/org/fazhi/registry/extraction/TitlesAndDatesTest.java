package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Titles are never page furniture (breadcrumbs, clocks, column names); publication dates come from every label
 * sites use for them, issue dates from 成文日期; masked values and site clocks give nothing.
 */
class TitlesAndDatesTest {

    private static final ReportParser PARSER = new ReportParser();
    private static final String PREAMBLE = "2023年，我局坚持以习近平法治思想为指导，全面推进依法行政。";
    private static final String BODY = "\n一、主要举措和成效\n（一）规范行政执法。全年办理案件35件。";

    @ParameterizedTest
    @ValueSource(strings = {
            "您当前的位置：首页 > 政务公开 > 法治政府建设年度报告",
            "当前位置：首页>信息公开>法治政府建设>年度报告",
            "首页 > 专题专栏 > 法治政府建设年度报告",
            "你现在的位置: 首页 → 部门文件 → 法治政府建设工作报告",
            "法治政府建设年度报告",
            "今天是2024年3月5日 星期二 法治政府建设年度报告"})
    void takesNoPageFurnitureForTheTitle(String furniture) {
        ReportMetadata m = PARSER.parse(furniture + "\n" + PREAMBLE + BODY).metadata();

        assertThat(m.title()).isNull();
        assertThat(m.publishedDate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "您当前的位置：首页 > 法治政府建设年度报告\n",
            "今天是2024年3月5日 星期二\n",
            "首页 > 政务公开\n法治政府建设年度报告\n"})
    void findsTheRealTitleBehindPageFurniture(String furniture) {
        String text = furniture + "娄底市住房和城乡建设局2023年度法治政府建设情况报告\n" + PREAMBLE + BODY;

        assertThat(PARSER.parse(text).metadata().title()).isEqualTo("娄底市住房和城乡建设局2023年度法治政府建设情况报告");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "发布日期：2024-03-05 10:21 浏览次数：#published#2024-03-05",
            "发布时间：2024年3月5日#published#2024-03-05",
            "发布时间:2024-03-05 16:47:02 来源：市司法局#published#2024-03-05",
            "发文日期：2024年03月05日#published#2024-03-05",
            "发文时间：2024-03-05#published#2024-03-05",
            "更新时间：2024-03-05#published#2024-03-05",
            "日期：2024-03-05 15:28    来源：娄底市人民政府#published#2024-03-05",
            "时间：2024-03-05  浏览量：128#published#2024-03-05",
            "来源：娄底市司法局发布时间：2024-03-05#published#2024-03-05",
            "[ 成文日期 ] 2024-03-01 [ 发布日期 ] 2024-03-05#published#2024-03-05",
            "公布日期：2024-03-05#published#2024-03-05",
            "发表时间：2024-03-05 09:00#published#2024-03-05",
            "生成日期：2024-02-28#issued#2024-02-28",
            "成文日期：2024-02-28#issued#2024-02-28",
            "成文时间：2024年2月28日#issued#2024-02-28",
            "| 成文日期: | 2024-02-28 | 发布日期: | 2024-03-01 |#issued#2024-02-28"})
    void readsEachDateFromItsLabel(String line, String which, String date) {
        String text = "娄底市司法局2023年度法治政府建设情况报告\n" + line + "\n" + PREAMBLE + BODY;
        ReportMetadata m = PARSER.parse(text).metadata();

        assertThat(which.equals("issued") ? m.issuedDate() : m.publishedDate()).hasToString(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"发布日期：****-**-**\n索引号：****", "发布时间：**\n索 引 号：***/****", "日期：\n索引号："})
    void readsNothingFromMaskedOrEmptyValues(String lines) {
        ReportMetadata m = PARSER.parse("娄底市司法局2023年度法治政府建设情况报告\n" + lines + "\n" + PREAMBLE + BODY).metadata();

        assertThat(m.publishedDate()).isNull();
        assertThat(m.indexNumber()).isNull();
    }
}
