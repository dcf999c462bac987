package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who issued a report, for every way a text names its author: metadata fields, titles whole, split or printed
 * twice, region-only titles, the subject of the preamble, 现将…报告如下, the signature; and never a pronoun.
 * Each pattern has texts of its own, none taken from the corpus.
 */
class IssuerReadingTest {

    private static final ReportParser PARSER = new ReportParser();
    private static final String BODY = "\n一、主要举措和成效\n（一）深化行政执法体制改革。整合执法队伍12支。";

    /** A text and the issuer a careful reader names. */
    record Case(String pattern, String text, String name, OrganisationKind kind, OrganisationEvidence evidence) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> namedIssuers() {
        return Stream.of(
                new Case("发布机构 in a pipe table", """
                        索 引 号: | 114309210067/2024-00031 | 公开目录: | 法治政府建设 |
                        发布机构: | 宁远县司法局 |
                        2023年，我局坚持以习近平法治思想为指导，全面推进依法行政。""" + BODY,
                        "宁远县司法局", OrganisationKind.DEPARTMENT, OrganisationEvidence.METADATA),
                new Case("发文机关 in a bracket table", """
                        [ 索引号 ] 11440112MB2C90341X/2024-00012 [ 发文字号 ]
                        [ 发文机关 ] 黄埔区民政局
                        [ 成文日期 ] 2024-02-20 [ 发布日期 ] 2024-02-21
                        2023年，我局认真贯彻落实区委、区政府决策部署，扎实推进法治政府建设。""" + BODY,
                        "黄埔区民政局", OrganisationKind.DEPARTMENT, OrganisationEvidence.METADATA),
                new Case("来源 when nothing else names the body", """
                        来源：丰泽区东海街道办事处  发布时间：2024-01-30
                        2023年，我街道在区委、区政府的正确领导下，扎实推进法治政府建设。""" + BODY,
                        "丰泽区东海街道办事处", OrganisationKind.TOWNSHIP, OrganisationEvidence.METADATA),
                new Case("红头 of an official document", """
                        邵阳县人民政府办公室文件
                        邵政办发〔2024〕5号
                        2023年，我办紧紧围绕县委、县政府中心工作，推进法治政府建设。""" + BODY,
                        "邵阳县人民政府办公室", OrganisationKind.GOVERNMENT_OFFICE, OrganisationEvidence.METADATA),
                new Case("title before 关于", """
                        国家林业和草原局关于2022年法治政府建设情况的报告
                        2022年，我局坚持以习近平新时代中国特色社会主义思想为指导。""" + BODY,
                        "国家林业和草原局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE),
                new Case("title before the year", """
                        岳阳市自然资源和规划局2023年度法治政府建设工作报告
                        2023年，市自然资源和规划局深入学习贯彻习近平法治思想。""" + BODY,
                        "岳阳市自然资源和规划局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE),
                new Case("title opening with 关于", """
                        关于桂阳县2023年法治政府建设工作情况的报告
                        2023年，县政府坚持以习近平法治思想为指导。""" + BODY,
                        "桂阳县", OrganisationKind.GOVERNMENT, OrganisationEvidence.REGION_TITLE),
                new Case("title opening with the year", """
                        2023年郴州市北湖区司法局法治政府建设年度报告
                        2023年，我局坚持以习近平法治思想为指导。""" + BODY,
                        "郴州市北湖区司法局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE),
                new Case("title opening with 关于 and a body", """
                        关于汝城县市场监督管理局2022年度法治政府建设情况的报告
                        2022年，我局坚持以习近平法治思想为指导。""" + BODY,
                        "汝城县市场监督管理局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE),
                new Case("title split after the issuer", """
                        湘潭县人民政府
                        关于2023年度法治政府建设情况的报告
                        2023年，县政府坚持以习近平法治思想为指导。""" + BODY,
                        "湘潭县人民政府", OrganisationKind.GOVERNMENT, OrganisationEvidence.TITLE),
                new Case("title split over three lines", """
                        常德市鼎城区交通运输局
                        关于2022年度法治政府建设
                        工作情况的报告
                        2022年，我局认真落实法治政府建设各项任务。""" + BODY,
                        "常德市鼎城区交通运输局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE),
                new Case("title printed twice around the date", """
                        株洲市应急管理局2023年法治政府建设年度报告
                        发布时间：2024-03-12
                        株洲市应急管理局2023年法治政府建设年度报告
                        2023年，市应急管理局坚持以习近平法治思想为引领。""" + BODY,
                        "株洲市应急管理局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE),
                new Case("region-only title of a municipality", """
                        天津市2022年法治政府建设年度报告
                        2022年，市政府坚持以习近平新时代中国特色社会主义思想为指导。""" + BODY,
                        "天津市", OrganisationKind.GOVERNMENT, OrganisationEvidence.REGION_TITLE),
                new Case("region-only title of an autonomous prefecture", """
                        湘西土家族苗族自治州2021年法治政府建设情况报告
                        2021年，州人民政府深入学习贯彻习近平法治思想。""" + BODY,
                        "湘西土家族苗族自治州", OrganisationKind.GOVERNMENT, OrganisationEvidence.REGION_TITLE),
                new Case("region-only title of a district without a year first", """
                        大足区法治政府建设2022年度报告
                        2022年，区政府坚持以习近平法治思想为指导。""" + BODY,
                        "大足区", OrganisationKind.GOVERNMENT, OrganisationEvidence.REGION_TITLE),
                new Case("province as subject of the first sentence", """
                        2021年，江西省以习近平法治思想为指导，加快建设法治政府。""" + BODY,
                        "江西省", OrganisationKind.GOVERNMENT, OrganisationEvidence.PREAMBLE),
                new Case("bureau as subject after 在…领导下", """
                        2022年，在市委、市政府的坚强领导下，荷塘区交通运输局坚持以习近平法治思想为指导。""" + BODY,
                        "荷塘区交通运输局", OrganisationKind.DEPARTMENT, OrganisationEvidence.PREAMBLE),
                new Case("ministry as subject without a year", """
                        水利部认真贯彻落实党中央、国务院关于法治政府建设的决策部署，扎实推进水利法治建设。""" + BODY,
                        "水利部", OrganisationKind.DEPARTMENT, OrganisationEvidence.PREAMBLE),
                new Case("subject in the sentence after a year statement", """
                        2022年是党的二十大召开之年。一年来，铜仁市市场监督管理局坚持以习近平法治思想为指导。""" + BODY,
                        "铜仁市市场监督管理局", OrganisationKind.DEPARTMENT, OrganisationEvidence.PREAMBLE),
                new Case("现将 year, then the body", """
                        为全面推进依法行政，现将2023年度浏阳市商务局法治政府建设情况报告如下：""" + BODY,
                        "浏阳市商务局", OrganisationKind.DEPARTMENT, OrganisationEvidence.PREAMBLE),
                new Case("signature of a bureau", """
                        2023年，我局全面推进依法行政，法治政府建设取得新成效。""" + BODY + """

                        祁阳市市场监督管理局
                        2024年1月15日""",
                        "祁阳市市场监督管理局", OrganisationKind.DEPARTMENT, OrganisationEvidence.SIGNATURE),
                new Case("signature and date on one line", """
                        2023年，我镇深入推进依法行政。""" + BODY + """

                        白沙镇人民政府 2023年12月28日""",
                        "白沙镇人民政府", OrganisationKind.TOWNSHIP, OrganisationEvidence.SIGNATURE),
                new Case("joint issuer of party committee and bureau", """
                        中共宁乡市教育局委员会 宁乡市教育局 关于2023年法治政府建设情况的报告
                        2023年，市教育系统坚持以习近平法治思想为指导。""" + BODY,
                        "中共宁乡市教育局委员会宁乡市教育局", OrganisationKind.DEPARTMENT, OrganisationEvidence.TITLE));
    }

    @ParameterizedTest
    @MethodSource("namedIssuers")
    void namesTheIssuerAndSaysWhereItWasRead(Case c) {
        Issuer issuer = PARSER.parse(c.text()).metadata().issuer();

        assertThat(issuer).as(c.pattern()).isNotNull();
        assertThat(issuer.name()).isEqualTo(c.name());
        assertThat(issuer.kind()).isEqualTo(c.kind());
        assertThat(issuer.evidence()).isEqualTo(c.evidence());
    }

    static Stream<String> pronounsOnly() {
        return Stream.of(
                "2023年，我局坚持以习近平法治思想为指导，全面推进依法行政。现将我局2023年度法治政府建设情况报告如下：" + BODY,
                "本单位始终坚持以习近平法治思想为指导，认真落实法治建设责任。" + BODY,
                "2022年，在市委市政府的坚强领导下，全市各级行政机关坚持以习近平法治思想为指导。" + BODY,
                "2024年，我委深入学习贯彻党的二十届三中全会精神，扎实推进法治建设。" + BODY);
    }

    @ParameterizedTest
    @MethodSource("pronounsOnly")
    void neverTakesAPronounOrACollectiveForAName(String text) {
        assertThat(PARSER.parse(text).metadata().organisationName()).isNull();
    }
}
