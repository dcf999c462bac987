package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What normalisation makes of dirty report text. */
class NormaliserTest {

    private final Normaliser normaliser = new Normaliser();

    private String normalise(String raw) {
        return normaliser.normalise(raw).text();
    }

    @Test
    void scrapedPinyinIsRemovedAndTraditionalConverted() {
        NormalisedText result = normaliser.normalise("新榮經(jīng)濟技術開發(fā)區(qū)2024年法治政府建設年度報告");
        assertThat(result.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(result.text()).isEqualTo("新荣经济技术开发区2024年法治政府建设年度报告");
    }

    @Test
    void simplifiedTextKeepsItsScript() {
        assertThat(normaliser.normalise("二、存在的问题和不足").script()).isEqualTo(Script.SIMPLIFIED);
    }

    @Test
    void markdownBoldAndHeadingMarksGo() {
        assertThat(normalise("## 一、工作情况\n习近平总书记系列**重要**讲话精神。")).isEqualTo("一、工作情况\n习近平总书记系列重要讲话精神。");
    }

    @Test
    void spacesInsideNumbersAndChineseGoButLatinKeepsThem() {
        assertThat(normalise("2024 年开展活动 10 余次，参学率 100%，接受社会 and 群众的监督。"))
                .isEqualTo("2024年开展活动10余次，参学率100%，接受社会 and 群众的监督。");
    }

    @Test
    void halfWidthPunctuationIsWidenedBesideChinese() {
        assertThat(normalise("(一)在学法知法中提升法治思维。2024年,新荣经开区:党工委(扩大)会议")).isEqualTo(
                "（一）在学法知法中提升法治思维。2024年，新荣经开区：党工委（扩大）会议");
    }

    @Test
    void fullWidthDigitsBecomeAscii() {
        assertThat(normalise("受理诉求９８８３１件，满意度９９．９６％。")).isEqualTo("受理诉求98831件，满意度99.96%。");
    }

    @Test
    void headingBrokenAcrossBlankLinesIsRejoined() {
        assertThat(normalise("一、党政主要负责人履行推进法治建设第一责任人职责相关\n\n情况\n\n高新区党组高度重视。"))
                .isEqualTo("一、党政主要负责人履行推进法治建设第一责任人职责相关情况\n高新区党组高度重视。");
    }

    @Test
    void paragraphBrokenMidWordIsRejoined() {
        assertThat(normalise("每年将法治建设纳入年度工作计划，做到与本单位工作职\n\n责绩效目标同部署、同推进。"))
                .isEqualTo("每年将法治建设纳入年度工作计划，做到与本单位工作职责绩效目标同部署、同推进。");
    }

    @Test
    void itemHeadingFollowedByAParagraphStaysApart() {
        assertThat(normalise("（二）聚焦学习贯彻，全面夯实普法工作根基\n\n开展“领导干部讲党课”活动，引领全体党员干部学习。"))
                .isEqualTo("（二）聚焦学习贯彻，全面夯实普法工作根基\n开展“领导干部讲党课”活动，引领全体党员干部学习。");
    }

    @Test
    void redHeadAndDocumentNumberStayApart() {
        assertThat(normalise("某某县财政局文件\n\n某财发〔2025〕3号")).isEqualTo("某某县财政局文件\n某财发〔2025〕3号");
    }

    @Test
    void signatureAndDateStayApart() {
        assertThat(normalise("新荣经济技术开发区管理委员会\n2024年12月5日")).isEqualTo("新荣经济技术开发区管理委员会\n2024年12月5日");
    }

    @Test
    void webChromeInBothScriptsGoes() {
        assertThat(normalise("无障碍 | 简体 | 繁体\n当前位置：首页 > 政务公开\n今天是2025年3月1日\n正文。\n打印本页 关闭窗口\n掃一掃在手機上查看當前頁面"))
                .isEqualTo("正文。");
    }

    @Test
    void repeatedTitleLinesAppearOnce() {
        assertThat(normalise("某某局2024年法治政府建设\n工作报告\n某某局2024年法治政府建设\n工作报告\n正文。"))
                .isEqualTo("某某局2024年法治政府建设工作报告\n正文。");
    }

    @Test
    void theSameInputAlwaysGivesTheSameText() {
        String raw = Seeds.text("003_73209fb26b9a5760");
        assertThat(normalise(raw)).isEqualTo(normalise(raw));
    }
}
