package org.fazhi.registry.extraction;

import java.util.List;
import java.util.Map;

/**
 * Decides a section's kind from its heading's words, whatever the order of the sections. Headings copy the
 * regulation (上一年度推进法治政府建设的主要举措和成效), carry a year (2025年主要工作安排), name a plan
 * (《…工作计划》重点任务落实情况), or name a work area of the 纲要 (依法全面履行政府职能, 坚持党的领导…): a
 * work-area heading reports measures taken, unless its words name one of the other parts.
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
            Map.entry(SectionKind.PROBLEMS, List.of(
                    "存在的问题", "存在问题", "问题和", "问题与", "问题及", "不足", "短板", "差距", "薄弱")),
            Map.entry(SectionKind.NEXT_YEAR_PLAN, List.of(
                    "下一步", "下一年", "下步", "明年", "工作安排", "主要安排", "工作计划", "工作打算", "工作思路",
                    "工作谋划", "打算", "谋划", "工作要点", "努力方向", "工作重点")),
            Map.entry(SectionKind.MEASURES_AND_RESULTS, List.of(
                    "举措", "成效", "工作情况", "开展情况", "主要工作", "做法", "成绩", "进展", "基本情况", "建设情况",
                    "上半年", "一年来", "年度工作", "年工作")));

    /** A heading that is only 问题 (主要问题, 存在的主要问题) admits shortcomings unless it acts on them. */
    private static final String PROBLEM = "问题";
    private static final List<String> ACTING_ON_PROBLEMS = List.of("解决", "化解", "整改", "破解", "聚焦", "回应", "处置", "办理");

    /** Words of a work-area heading: what a body does (加强, 推进 …) and what it does it to (执法, 决策 …). */
    private static final List<String> WORK_AREA = List.of(
            "坚持", "加强", "推进", "推动", "深化", "完善", "健全", "强化", "提升", "提高", "规范", "严格", "依法", "全面",
            "落实", "贯彻", "夯实", "优化", "持续", "着力", "深入", "构建", "创新", "巩固", "统筹", "筑牢", "聚焦", "打造",
            "营造", "开展", "实施", "发挥", "维护", "防范", "建设", "法治", "行政", "执法", "决策", "普法", "职能", "制度",
            "监督", "化解", "纠纷", "保障", "服务", "学习", "宣传", "领导", "治理", "改革");

    SectionKind classify(String heading) {
        for (Map.Entry<SectionKind, List<String>> row : WORDS) {
            for (String word : row.getValue()) {
                if (heading.contains(word)) {
                    return row.getKey();
                }
            }
        }
        if (heading.endsWith(PROBLEM) && ACTING_ON_PROBLEMS.stream().noneMatch(heading::contains)) {
            return SectionKind.PROBLEMS;
        }
        return WORK_AREA.stream().anyMatch(heading::contains) ? SectionKind.MEASURES_AND_RESULTS : SectionKind.OTHER;
    }
}
