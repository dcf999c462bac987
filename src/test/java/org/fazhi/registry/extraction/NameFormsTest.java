package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One body, several forms of its name in one text: the fullest wins, a name lacking its place is flagged, and
 * the kind follows the name for every body type: ministries, provincial departments, government offices, party
 * committees, zones, townships.
 */
class NameFormsTest {

    private static final ReportParser PARSER = new ReportParser();
    private static final String BODY = "\n一、主要举措和成效\n（一）健全依法决策机制。全年审查重大决策8件。";

    /** A text, the name a careful reader gives, and whether that name lacks its place. */
    record Case(String pattern, String text, String name, boolean partial) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> nameForms() {
        return Stream.of(
                new Case("short metadata name completed from the title", """
                        发布机构：市生态环境局
                        衡阳市生态环境局关于2023年法治政府建设情况的报告
                        2023年，市生态环境局坚持以习近平法治思想为指导。""" + BODY, "衡阳市生态环境局", false),
                new Case("short preamble name completed from the title", """
                        龙山县人民政府办公室2022年法治政府建设情况报告
                        2022年，县政府办公室坚持以习近平法治思想为指导。""" + BODY, "龙山县人民政府办公室", false),
                new Case("region title completed by the source naming its government", """
                        泸州市2021年法治政府建设情况报告
                        日期：2022-03-25  来源：泸州市人民政府
                        2021年，市政府坚持以习近平法治思想为指导。""" + BODY, "泸州市人民政府", false),
                new Case("zone in the title, its committee in the signature", """
                        岳阳经济技术开发区2023年度法治政府建设工作报告
                        2023年，我区坚持以习近平法治思想为指导。""" + BODY + """

                        岳阳经济技术开发区管理委员会
                        2024年2月6日""", "岳阳经济技术开发区管理委员会", false),
                new Case("bureau named only by its level", """
                        2023年，区教育局坚持以习近平法治思想为指导，深入推进依法治教。""" + BODY, "区教育局", true),
                new Case("commission named only by its level", """
                        发布机构：市卫生健康委
                        2022年，市卫生健康委坚持以习近平法治思想为指导。""" + BODY, "市卫生健康委", true),
                new Case("government named only by its level", """
                        2022年，县政府深入学习贯彻习近平法治思想，扎实推进法治政府建设。""" + BODY, "县政府", true));
    }

    @ParameterizedTest
    @MethodSource("nameForms")
    void takesTheFullestFormAndFlagsAPlacelessOne(Case c) {
        Issuer issuer = PARSER.parse(c.text()).metadata().issuer();

        assertThat(issuer.name()).as(c.pattern()).isEqualTo(c.name());
        assertThat(issuer.partial()).as(c.pattern()).isEqualTo(c.partial());
    }

    @ParameterizedTest
    @CsvSource({
            "司法部, DEPARTMENT",
            "生态环境部, DEPARTMENT",
            "湖南省司法厅, DEPARTMENT",
            "广西壮族自治区市场监督管理局, DEPARTMENT",
            "长沙市人民政府办公厅, GOVERNMENT_OFFICE",
            "望城区人民政府办公室, GOVERNMENT_OFFICE",
            "中共岳麓区委员会, PARTY_COMMITTEE",
            "长沙高新区党工委, PARTY_COMMITTEE",
            "某某镇党委, PARTY_COMMITTEE",
            "浏阳经济技术开发区管理委员会, DEVELOPMENT_ZONE",
            "宁乡高新技术产业园区, DEVELOPMENT_ZONE",
            "芙蓉区定王台街道办事处, TOWNSHIP",
            "白沙镇人民政府, TOWNSHIP",
            "镇党委政府, TOWNSHIP",
            "株洲市人民政府, GOVERNMENT",
            "浏阳市城市管理综合执法大队, DEPARTMENT"})
    void readsTheKindFromTheName(String name, OrganisationKind kind) {
        String text = name + "关于2023年度法治政府建设情况的报告\n2023年，我们坚持依法行政，取得新成效。" + BODY;

        assertThat(PARSER.parse(text).metadata().organisationKind()).isEqualTo(kind);
    }
}
