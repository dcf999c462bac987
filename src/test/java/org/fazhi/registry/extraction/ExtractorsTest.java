package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics, citations, section kinds and numerals on short fragments. */
class ExtractorsTest {

    private final MetricExtractor metrics = new MetricExtractor();
    private final CitationExtractor citations = new CitationExtractor();
    private final SectionClassifier classifier = new SectionClassifier();

    @Test
    void quantitiesWithQualifiersAndScales() {
        assertThat(metrics.extract("筹集善款30余万元，满意率达97%以上，开展培训10多次，超过30件，近20次，受理1.2万件。", List.of()))
                .extracting(ParsedMetric::value, ParsedMetric::unit, ParsedMetric::qualifier).containsExactly(
                        tuple(new BigDecimal("30"), "万元", "余"), tuple(new BigDecimal("97"), "%", "以上"),
                        tuple(new BigDecimal("10"), "次", "多"), tuple(new BigDecimal("30"), "件", "超过"),
                        tuple(new BigDecimal("20"), "次", "近"), tuple(new BigDecimal("1.2"), "万件", null));
    }

    @Test
    void yearsCodesHotlinesOrdinalsAndTitlesAreNoQuantities() {
        assertThat(metrics.extract("2024年，济高新文〔2024〕39号，12345热线，119消防宣传月，第3次会议，hd0101/2025-0000006，"
                + "《关于印发10项措施的通知》，2025-02-13", List.of())).isEmpty();
    }

    @Test
    void aboutIsTheClause() {
        assertThat(metrics.extract("通过政府网站主动公开政府信息10369余条，政策文件29件。", List.of()))
                .extracting(ParsedMetric::about).containsExactly("通过政府网站主动公开政府信息10369余条", "政策文件29件");
    }

    @Test
    void citationsAreCountedCanonicalisedAndKinded() {
        List<ParsedCitation> found = citations.extract("学习《中华人民共和国 民法典》《宪法》《宪法》《政府信息公开条例》"
                + "《山西省安全生产条例》《中国共产党纪律处分条例》《党章》《法治政府建设实施纲要（2021－2025年）》《护航》"
                + "《安全生产宣传教育手册》《关于印发〈某某办法〉的通知》");
        assertThat(found).extracting(ParsedCitation::title, ParsedCitation::canonicalTitle, ParsedCitation::kind,
                ParsedCitation::occurrences).containsExactly(
                tuple("中华人民共和国民法典", "民法典", CitationKind.LAW, 1),
                tuple("宪法", "宪法", CitationKind.LAW, 2),
                tuple("政府信息公开条例", "政府信息公开条例", CitationKind.ADMINISTRATIVE_REGULATION, 1),
                tuple("山西省安全生产条例", "山西省安全生产条例", CitationKind.LOCAL_REGULATION, 1),
                tuple("中国共产党纪律处分条例", "中国共产党纪律处分条例", CitationKind.PARTY_REGULATION, 1),
                tuple("党章", "党章", CitationKind.PARTY_REGULATION, 1),
                tuple("法治政府建设实施纲要（2021－2025年）", "法治政府建设实施纲要（2021－2025年）", CitationKind.POLICY_DOCUMENT, 1),
                tuple("护航", "护航", CitationKind.OTHER, 1),
                tuple("安全生产宣传教育手册", "安全生产宣传教育手册", CitationKind.OTHER, 1),
                tuple("关于印发〈某某办法〉的通知", "关于印发〈某某办法〉的通知", CitationKind.POLICY_DOCUMENT, 1));
    }

    @Test
    void unclosedTitleIsNoCitation() {
        assertThat(citations.extract("《未闭合的标题\n下一行》")).isEmpty();
    }

    @Test
    void headingsAreKindedByTheirWords() {
        assertThat(classifier.classify("2024年法治建设工作情况")).isEqualTo(SectionKind.MEASURES_AND_RESULTS);
        assertThat(classifier.classify("党政主要负责人履行推进法治建设第一责任人职责相关情况")).isEqualTo(SectionKind.LEADER_RESPONSIBILITY);
        assertThat(classifier.classify("《河东区2024年法治政府建设工作计划》重点任务落实情况")).isEqualTo(SectionKind.PLAN_PROGRESS);
        assertThat(classifier.classify("存在不足和原因")).isEqualTo(SectionKind.PROBLEMS);
        assertThat(classifier.classify("2023年度推进法治政府建设的主要安排")).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
        assertThat(classifier.classify("下一步工作谋划")).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
        assertThat(classifier.classify("其他需要报告的情况")).isEqualTo(SectionKind.OTHERS_TO_REPORT);
        assertThat(classifier.classify("附件")).isEqualTo(SectionKind.OTHER);
    }

    @Test
    void chineseNumeralsAndDates() {
        assertThat(List.of("一", "十", "十二", "二十", "二十九", "十十", "一二")).extracting(Markers::hanNumeral)
                .containsExactly(1, 10, 12, 20, 29, 0, 0);
        assertThat(Dates.first("二〇二四年十一月二十九日")).hasToString("2024-11-29");
        assertThat(Dates.first("2024-02-30")).isNull();
        assertThat(SectionSplitter.yearIn("2025年主要工作安排")).isEqualTo(2025);
        assertThat(SectionSplitter.yearIn("贯彻《纲要（2021－2025年）》情况")).isNull();
    }
}
