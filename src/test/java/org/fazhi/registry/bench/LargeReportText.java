package org.fazhi.registry.bench;

import java.util.List;
import org.fazhi.registry.testing.HanNumerals;

/**
 * The text of a report just inside every limit the registry keeps (989 items of 1,000, 190 commitments and 190 problems
 * of 200, 1,218 metrics of 2,000, 609 citations of 1,000), about 700 KB of UTF-8 of a 1 MB budget: seven sections of
 * measures, each item with two quantities and a document of its own cited, two sections of problems and two of plans.
 */
final class LargeReportText {

    private static final int MEASURE_SECTIONS = 7;
    private static final int MEASURES_PER_SECTION = 87;
    private static final int ITEMS_PER_SECTION = 95;
    private static final List<String> SENTENCES = List.of(
            "坚持以习近平法治思想为指导，深入贯彻落实党中央、国务院关于法治政府建设的决策部署，",
            "严格落实重大行政决策程序，健全行政规范性文件合法性审核机制，",
            "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，",
            "持续深化“放管服”改革，不断优化法治化营商环境，",
            "扎实开展普法宣传教育，推动形成办事依法、遇事找法、解决问题用法、化解矛盾靠法的良好氛围，",
            "畅通行政复议和行政应诉渠道，支持人民法院依法受理和审理行政案件，");

    private LargeReportText() {
    }

    /** The report of {@code organisation} on {@code year}. */
    static String of(String organisation, int year) {
        StringBuilder text = new StringBuilder(organisation).append(year).append("年法治政府建设工作情况的报告\n");
        int section = 0;
        for (int s = 0; s < MEASURE_SECTIONS; s++) {
            text.append(HanNumerals.of(++section)).append("、主要举措和成效\n");
            for (int i = 1; i <= MEASURES_PER_SECTION; i++) {
                int k = s * MEASURES_PER_SECTION + i;
                text.append('（').append(HanNumerals.of(i)).append('）').append("推进依法行政第").append(k).append("项工作。全年开展执法检查")
                        .append(10 + k).append("次，办理行政复议案件").append(100 + 3 * k).append("件，落实《关于推进依法行政第")
                        .append(k).append("项工作的实施意见》，").append(filler(k)).append('\n');
            }
        }
        for (String heading : List.of("存在的问题和不足", "存在不足和原因")) {
            text.append(HanNumerals.of(++section)).append('、').append(heading).append('\n');
            items(text, "部分行政执法人员法治意识有待提高，", 0);
        }
        for (String heading : List.of((year + 1) + "年主要工作安排", "下一步工作谋划")) {
            text.append(HanNumerals.of(++section)).append('、').append(heading).append('\n');
            items(text, "持续加强法治政府建设，", 3);
        }
        return text.toString();
    }

    private static void items(StringBuilder text, String opening, int shift) {
        for (int i = 1; i <= ITEMS_PER_SECTION; i++) {
            text.append('（').append(HanNumerals.of(i)).append('）').append(opening).append(filler(i + shift)).append('\n');
        }
    }

    /** Four of the sentences, a different choice for each {@code k}; no figures, so they hold no quantities. */
    private static String filler(int k) {
        StringBuilder filler = new StringBuilder();
        for (int j = 0; j < 4; j++) {
            filler.append(SENTENCES.get((k + j * (1 + k % 5)) % SENTENCES.size()));
        }
        return filler.append("取得明显成效。").toString();
    }
}
