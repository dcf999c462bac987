package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Report texts of our own (src/test/resources/extraction), one per variant real reports show: numbering
 * styles, heading variants, metadata layouts, addressee lines, traditional text with pinyin, web chrome,
 * unnumbered paragraphs, missing sections, a plan heading naming a year.
 */
class ReportVariantsTest {

    private static final ReportParser PARSER = new ReportParser();

    private static ParsedReport parse(String file) {
        return PARSER.parse(Seeds.sample(file));
    }

    @Test
    void digitMarkersNestUnderHanMarkers() {
        ParsedReport report = parse("digit-numbering.txt");
        ParsedSection measures = report.sections().get(1);
        assertThat(measures.items()).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple("(一)", "完善行政执法制度"), tuple("(二)", "深化矛盾纠纷化解"));
        assertThat(measures.items().get(0).children()).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple("1.", "全面推行行政执法三项制度"), tuple("2.", "开展执法案卷评查"));
        assertThat(measures.items().get(1).children()).extracting(ParsedItem::marker)
                .containsExactly("1、", "2、", "3、");
        assertThat(report.problems().get(0).item().children()).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple("(1)", "执法人员数量不足"), tuple("(2)", "执法装备保障不够"));
        assertThat(report.commitments()).extracting(ParsedCommitment::targetYear).containsOnly(2024);
    }

    @Test
    void circledMarkersNestUnderOrdinalPhrases() {
        ParsedReport report = parse("circled-subitems.txt");
        ParsedSection measures = report.sections().get(1);
        assertThat(measures.items()).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple("一是", "强化学法用法"), tuple("二是", "推进基层依法治理"));
        assertThat(measures.items().get(0).children()).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple("①", "组织集中学法6次"), tuple("②", "开展旁听庭审1次"));
        assertThat(report.metadata().organisationKind()).isEqualTo(OrganisationKind.TOWNSHIP);
        assertThat(report.commitments()).extracting(ParsedCommitment::title).containsExactly("深化法治宣传教育", "加强基层法治队伍建设");
    }

    @Test
    void headingsCopiedFromTheRegulationGiveEveryKind() {
        ParsedReport report = parse("regulation-headings.txt");
        assertThat(report.sections()).extracting(ParsedSection::kind, ParsedSection::heading).containsExactly(
                tuple(SectionKind.PREAMBLE, null),
                tuple(SectionKind.MEASURES_AND_RESULTS, "上一年度推进法治政府建设的主要举措和成效"),
                tuple(SectionKind.LEADER_RESPONSIBILITY, "上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
                tuple(SectionKind.PROBLEMS, "上一年度推进法治政府建设存在的不足和原因"),
                tuple(SectionKind.NEXT_YEAR_PLAN, "下一年度推进法治政府建设的主要安排"),
                tuple(SectionKind.OTHERS_TO_REPORT, "其他需要报告的情况"));
        assertThat(report.findings()).isEmpty();
        assertThat(report.commitments()).extracting(ParsedCommitment::targetYear).containsOnly(2024);
    }

    @Test
    void pipeTableGivesMetadataAndCreditCode() {
        ReportMetadata m = parse("metadata-pipes.txt").metadata();
        assertThat(m.indexNumber()).isEqualTo("11370322MB2853049T/2024-00123");
        assertThat(m.creditCode()).isEqualTo(new CreditCode("11370322MB2853049T"));
        assertThat(m.organisationName()).isEqualTo("某某县司法局");
        assertThat(m.organisationKind()).isEqualTo(OrganisationKind.DEPARTMENT);
        assertThat(m.title()).isEqualTo("某某县司法局2023年法治政府建设年度报告");
        assertThat(m.reportYear()).isEqualTo(2023);
        assertThat(m.issuedDate()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void bracketTablePrintedTwiceAndPublishedAfterAprilIsLate() {
        ParsedReport report = parse("metadata-brackets.txt");
        ReportMetadata m = report.metadata();
        assertThat(m.indexNumber()).isEqualTo("11530328015189020G/2024-00031");
        assertThat(m.creditCode()).hasToString("11530328015189020G");
        assertThat(m.organisationName()).isEqualTo("某某市人民政府办公室");
        assertThat(m.organisationKind()).isEqualTo(OrganisationKind.GOVERNMENT_OFFICE);
        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(report.findings()).extracting(ComplianceFinding::rule, ComplianceFinding::severity)
                .containsExactly(tuple(ComplianceRule.LATE_PUBLICATION, Severity.VIOLATION));
    }

    @Test
    void listTableAndNameLineGiveMetadata() {
        ReportMetadata m = parse("metadata-list.txt").metadata();
        assertThat(m.indexNumber()).isEqualTo("000014349/2024-01122");
        assertThat(m.creditCode()).isNull();
        assertThat(m.title()).isEqualTo("某某区市场监督管理局关于2023年度法治政府建设工作情况的报告");
        assertThat(m.organisationName()).isEqualTo("某某区市场监督管理局");
        assertThat(m.issuedDate()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2024, 2, 26));
    }

    @Test
    void addresseeLineAndPreambleNameTheRecipientAndIssuer() {
        ReportMetadata m = parse("addressee-preamble-organisation.txt").metadata();
        assertThat(m.recipient()).isEqualTo("市委、市政府");
        assertThat(m.organisationName()).isEqualTo("武定县人民政府办公室");
        assertThat(m.organisationKind()).isEqualTo(OrganisationKind.GOVERNMENT_OFFICE);
        assertThat(m.reportYear()).isEqualTo(2024);
    }

    @Test
    void traditionalTextWithPinyinIsAnalysedInSimplified() {
        ParsedReport report = parse("traditional-pinyin.txt");
        assertThat(report.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(report.normalisedText()).startsWith("某某区财政局2024年法治政府建设年度报告\n")
                .doesNotContain("(qū)", "扫一扫", "掃一掃");
        assertThat(report.metadata().organisationName()).isEqualTo("某某区财政局");
        assertThat(report.metadata().issuedDate()).isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(report.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.PREAMBLE,
                SectionKind.MEASURES_AND_RESULTS, SectionKind.LEADER_RESPONSIBILITY, SectionKind.PROBLEMS,
                SectionKind.NEXT_YEAR_PLAN);
        assertThat(report.problems()).extracting(ParsedProblem::title).containsExactly("财政执法力量不足");
    }

    @Test
    void webChromeIsDroppedAndItsDateIsNotTheYear() {
        ParsedReport report = parse("web-chrome.txt");
        assertThat(report.normalisedText()).startsWith("某某县交通运输局法治政府建设年度报告\n2022年")
                .doesNotContain("无障碍", "您所在的位置", "今天是", "打印本页", "关闭窗口", "扫一扫")
                .endsWith("（一）推进执法数字化。");
        assertThat(report.metadata().reportYear()).isEqualTo(2022);
        assertThat(report.metadata().organisationName()).isEqualTo("某某县交通运输局");
        assertThat(report.commitments()).extracting(ParsedCommitment::targetYear).containsOnly(2023);
    }

    @Test
    void unnumberedParagraphsArePlanCommitmentsAndProblemStatements() {
        ParsedReport report = parse("unmarked-paragraphs.txt");
        assertThat(report.sections().get(1).items()).as("narrative paragraphs are not items").isEmpty();
        assertThat(report.problems()).extracting(ParsedProblem::title).containsExactly("执法力量不足", "普法形式单一");
        assertThat(report.problems().get(0).text()).isEqualTo("执法力量不足。全局执法人员仅有5名，难以满足执法需要。");
        assertThat(report.commitments()).extracting(ParsedCommitment::title).containsExactly(null, null);
        assertThat(report.commitments()).extracting(ParsedCommitment::text).containsExactly(
                "2025年，我局将继续深化文化市场综合执法改革，提升执法规范化水平。",
                "同时，我局将创新普法形式，充分利用新媒体开展普法宣传。");
    }

    @Test
    void missingPartsAreViolations() {
        ParsedReport report = parse("missing-sections.txt");
        assertThat(report.metadata().organisationKind()).isEqualTo(OrganisationKind.TOWNSHIP);
        assertThat(report.findings()).extracting(ComplianceFinding::rule, ComplianceFinding::severity).containsExactly(
                tuple(ComplianceRule.MISSING_LEADER_RESPONSIBILITY, Severity.VIOLATION),
                tuple(ComplianceRule.MISSING_PROBLEMS, Severity.VIOLATION));
    }

    @Test
    void planHeadingNamingAYearSetsTheTargetYearAndAContradictingYearWarns() {
        ParsedReport report = parse("plan-heading-year.txt");
        assertThat(report.commitments()).extracting(ParsedCommitment::title, ParsedCommitment::targetYear)
                .containsExactly(tuple("加强安全生产执法", 2026), tuple("开展应急演练", 2026));
        ComplianceFinding warning = report.findings().get(0);
        assertThat(report.findings()).hasSize(1);
        assertThat(warning.rule()).isEqualTo(ComplianceRule.YEAR_MISMATCH);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(report.normalisedText().substring(warning.span().start(), warning.span().end()))
                .isEqualTo("一、2023年主要工作成效");
    }

    @Test
    void pronounOnlyLeavesTheOrganisationUnnamed() {
        ParsedReport report = parse("pronoun-only.txt");
        assertThat(report.metadata().organisationName()).isNull();
        assertThat(report.metadata().organisationKind()).isEqualTo(OrganisationKind.DEPARTMENT);
        assertThat(report.warnings()).anyMatch(w -> w.contains("organisation"));
    }

    @Test
    void brokenTitleHeadingAndParagraphsAreRejoined() {
        ParsedReport report = parse("broken-lines.txt");
        assertThat(report.normalisedText()).startsWith(
                "某某县人力资源和社会保障局2024年度法治政府建设工作报告\n2024年，县人社局深入学习贯彻习近平法治思想，");
        assertThat(report.metadata().title()).isEqualTo("某某县人力资源和社会保障局2024年度法治政府建设工作报告");
        assertThat(report.sections().get(1).heading()).isEqualTo("党政主要负责人履行推进法治建设第一责任人职责情况");
        assertThat(report.normalisedText()).contains("切实履行第一责任人职责，定期研究法治工作。");
        assertThat(report.metrics()).extracting(ParsedMetric::value, ParsedMetric::unit, ParsedMetric::qualifier)
                .containsExactly(tuple(new BigDecimal("10"), "次", "余"), tuple(new BigDecimal("356"), "万元", null),
                        tuple(new BigDecimal("86"), "条", null));
    }

    @Test
    void signatureWithChineseNumeralDateNamesATownship() {
        ReportMetadata m = parse("township-signature.txt").metadata();
        assertThat(m.organisationName()).isEqualTo("某某镇人民政府");
        assertThat(m.organisationKind()).isEqualTo(OrganisationKind.TOWNSHIP);
        assertThat(m.issuedDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void documentHeaderGivesNumberSignerAndRecipient() {
        ParsedReport report = parse("document-header.txt");
        ReportMetadata m = report.metadata();
        assertThat(m.documentNumber()).isEqualTo("某财发〔2025〕3号");
        assertThat(m.signer()).isEqualTo("王建国");
        assertThat(m.recipient()).isEqualTo("县委依法治县办");
        assertThat(m.title()).isEqualTo("某某县财政局关于2024年度法治政府建设情况的报告");
        assertThat(m.organisationName()).isEqualTo("某某县财政局");
        assertThat(m.issuedDate()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(report.citations()).extracting(ParsedCitation::canonicalTitle, ParsedCitation::occurrences)
                .containsExactly(tuple("预算法", 1), tuple("会计法", 2));
        assertThat(report.commitments()).hasSize(1);
    }

    @Test
    void planProgressSectionIsRecognisedInAnyOrder() {
        ParsedReport report = parse("plan-progress.txt");
        assertThat(report.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.PREAMBLE,
                SectionKind.LEADER_RESPONSIBILITY, SectionKind.PLAN_PROGRESS, SectionKind.MEASURES_AND_RESULTS,
                SectionKind.PROBLEMS, SectionKind.NEXT_YEAR_PLAN);
        assertThat(report.metrics()).extracting(ParsedMetric::value, ParsedMetric::unit, ParsedMetric::qualifier)
                .containsExactly(tuple(new BigDecimal("20"), "次", "近"), tuple(new BigDecimal("30"), "件", "超过"));
        assertThat(report.citations()).extracting(ParsedCitation::canonicalTitle, ParsedCitation::kind).containsExactly(
                tuple("某某县水利局2024年法治政府建设工作计划", CitationKind.POLICY_DOCUMENT),
                tuple("某某县水行政执法裁量基准", CitationKind.OTHER),
                tuple("水法", CitationKind.LAW),
                tuple("山西省河道管理条例", CitationKind.LOCAL_REGULATION));
        assertThat(report.findings()).isEmpty();
    }
}
