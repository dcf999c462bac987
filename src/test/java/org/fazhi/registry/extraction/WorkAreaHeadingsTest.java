package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports often head their measures with the work areas of the 纲要 instead of 主要举措和成效: such a heading
 * reports measures unless its words name another part of the report.
 */
class WorkAreaHeadingsTest {

    private static final ReportParser PARSER = new ReportParser();

    @ParameterizedTest
    @CsvSource({
            "依法全面履行政府职能, MEASURES_AND_RESULTS",
            "坚持党的领导，统筹推进法治政府建设, MEASURES_AND_RESULTS",
            "完善依法行政制度体系，提高立法质量, MEASURES_AND_RESULTS",
            "以贯彻落实党的二十大精神为指引，努力开创法治建设新局面, MEASURES_AND_RESULTS",
            "深化行政执法体制改革, MEASURES_AND_RESULTS",
            "着力解决群众急难愁盼问题, MEASURES_AND_RESULTS",
            "上半年推进法治政府建设的情况, MEASURES_AND_RESULTS",
            "一年来的主要做法, MEASURES_AND_RESULTS",
            "2023年度工作开展情况, MEASURES_AND_RESULTS",
            "党政主要负责人履行推进法治建设第一责任人职责情况, LEADER_RESPONSIBILITY",
            "存在的困难和问题, PROBLEMS",
            "主要问题, PROBLEMS",
            "存在不足及原因分析, PROBLEMS",
            "2024年工作安排, NEXT_YEAR_PLAN",
            "下一步工作打算, NEXT_YEAR_PLAN",
            "附件, OTHER"})
    void classifiesTheFirstHeading(String heading, SectionKind kind) {
        String text = "2023年，区司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。\n一、" + heading
                + "\n（一）健全制度。全年制定制度5项。";

        assertThat(PARSER.parse(text).sections().get(1).kind()).isEqualTo(kind);
    }
}
