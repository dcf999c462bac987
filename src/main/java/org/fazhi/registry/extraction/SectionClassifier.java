package org.fazhi.registry.extraction;

import java.util.List;
import java.util.Map;

/**
 * Decides a section's kind from its heading's words, whatever the order of the sections. Headings copy the
 * regulation (上一年度推进法治政府建设的主要举措和成效), carry a year (2025年主要工作安排) or name a plan
 * (《…工作计划》重点任务落实情况).
 */
final class SectionClassifier {

    /**
     * Kinds with the words that announce them, tried in this order: a leader heading also says 情况, a plan
     * progress heading also says 计划, a problem heading may also say 下一步.
     */
    private static final List<Map.Entry<SectionKind, List<String>>> WORDS = List.of(
            Map.entry(SectionKind.LEADER_RESPONSIBILITY, List.of("第一责任人", "主要负责人", "主要领导", "履职情况")),
            Map.entry(SectionKind.OTHERS_TO_REPORT, List.of("其他需要报告", "其他需报告", "需要报告的其他", "其他事项", "其他情况")),
            Map.entry(SectionKind.PLAN_PROGRESS, List.of(
                    "计划》", "落实情况", "完成情况", "上一年度工作计划", "上年度工作计划", "年度计划执行", "重点任务推进情况")),
            Map.entry(SectionKind.PROBLEMS, List.of("问题", "不足", "短板", "差距", "困难", "薄弱")),
            Map.entry(SectionKind.NEXT_YEAR_PLAN, List.of(
                    "下一步", "下一年", "下步", "明年", "工作安排", "主要安排", "工作计划", "工作打算", "工作思路",
                    "工作谋划", "打算", "谋划", "工作要点", "努力方向", "工作重点")),
            Map.entry(SectionKind.MEASURES_AND_RESULTS, List.of(
                    "举措", "成效", "工作情况", "开展情况", "主要工作", "做法", "成绩", "进展", "基本情况", "建设情况")));

    SectionKind classify(String heading) {
        for (Map.Entry<SectionKind, List<String>> row : WORDS) {
            for (String word : row.getValue()) {
                if (heading.contains(word)) {
                    return row.getKey();
                }
            }
        }
        return SectionKind.OTHER;
    }
}
