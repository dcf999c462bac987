package org.fazhi.registry.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One clause of a commitment, the part a reviewer ticks off on its own (整合执法队伍 · 减少执法层级), read as an
 * action on an object: 建立 (action) 公职律师 (what it serves) 库 (the head: the thing to be built).
 *
 * @param text the clause in matching text
 * @param weights its terms, each once, with their rarity weights
 * @param total the sum of the weights
 * @param units its words, in order
 * @param head the index in {@code units} of the thing a deliverable verb promises, or -1 when the clause promises
 *     none (开展法治体检, 加强执法监督: an activity, shown by its results)
 * @param distinctiveObject the index in {@code units} of the clause's {@link #object()} when it is distinctive, its
 *     terms at least as rare on average as the clause's (欺凌 in 校园欺凌专项整治, not 企业 in 走访企业): what a result
 *     must show; -1 otherwise
 */
record PlanClause(String text, Map<String, Double> weights, double total, List<Unit> units, int head,
        int distinctiveObject) {

    /** Verbs that say what is to be done; a word of these never qualifies the object that follows it. */
    static final Set<String> ACTION_VERBS = Set.of(
            "建立", "建设", "建成", "新建", "制定", "修订", "编制", "出台", "印发", "设立", "组建", "成立", "配备", "配齐",
            "聘请", "打造", "搭建", "开通", "创建", "构建", "实行", "推行", "实施", "执行", "规范", "优化", "整治",
            "查处", "打击", "清理", "培育", "培养", "创作", "引导", "指导", "督促", "畅通", "拓宽", "扩大", "压减", "减少",
            "整合", "加大", "发挥", "做到", "确保", "纳入", "出动", "举办", "召开", "完成", "办理", "受理", "检查",
            "下沉", "化解", "推广", "公布", "排查", "走访");

    /** Of {@link #ACTION_VERBS}, those that promise a thing to be built or issued: a library, a centre, rules. */
    static final Set<String> DELIVERABLE_VERBS = Set.of(
            "建立", "建设", "建成", "新建", "制定", "修订", "编制", "出台", "印发", "设立", "组建", "成立", "配备", "配齐",
            "聘请", "打造", "搭建", "开通", "创建", "构建");

    /** Words that say how something is done (依法免予处罚, 统一配发), not what it is: never a qualifier either. */
    static final Set<String> MANNER_WORDS = Set.of("依法", "统一", "集中", "分类", "逐项", "逐一", "全程", "同步", "首次");

    /** Nouns that end an object without naming the thing (…平台建设, …全覆盖): the head is the word before. */
    static final Set<String> GENERIC_HEADS = Set.of(
            "建设", "管理", "改革", "作用", "力度", "质量", "效率", "能力", "覆盖", "全覆盖", "实施", "行为", "情况",
            "常态化", "规范化", "标准化", "法治化", "专项行动", "行动", "专项整治", "整治", "工程", "专项");

    /** A count (一条, 一批, 两个): what follows a head, not a head. */
    private static final Pattern COUNT = Pattern.compile("[一二两三四五六七八九十百千几每各][个条处座批所家名项件次场期支套间块]");

    /** The clause {@code text}, given its words (as {@link ChineseWords} reads them) and its terms. */
    static PlanClause of(String text, List<Token> words, List<Token> terms, TermRarity rarity) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Token term : terms) {
            double weight = rarity.weight(term.term());
            if (weight > 0) { // a term of every background paragraph says nothing
                weights.put(term.term(), weight);
            }
        }
        List<Unit> units = Unit.of(text, words, terms);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        int head = head(units);
        int object = object(units, head);
        return new PlanClause(text, Map.copyOf(weights), total, units, head,
                isDistinctive(units, object, weights, total) ? object : -1);
    }

    /**
     * The share of the clause a text holds, {@code covered} being the weight it holds (half over the whole text,
     * half in its best sentence), as the weight of the clause done: a clause holding {@code clauseDone} of its
     * weight is done, a paraphrase or a result seldom repeating every word.
     */
    double done(double covered, double clauseDone) {
        return covered >= total * clauseDone ? total : covered / clauseDone;
    }

    /** Whether the clause names an action of its own (整合执法队伍, 推行容缺受理), not only a stance or an aim. */
    boolean namesAction() {
        return units.stream().anyMatch(unit -> ACTION_VERBS.contains(unit.text()));
    }

    /**
     * The index in {@code units} of what the clause acts on: the thing promised, or else its last word that is
     * neither a verb nor a generic ending (校园欺凌专项整治 → 欺凌, 走访企业 → 企业); -1 when there is none.
     */
    int object() {
        return object(units, head);
    }

    private static int object(List<Unit> units, int head) {
        if (head >= 0) {
            return head;
        }
        int last = units.size() - 1;
        while (last >= 0 && (GENERIC_HEADS.contains(units.get(last).text()) || ACTION_VERBS.contains(units.get(last).text())
                || COUNT.matcher(units.get(last).text()).matches())) {
            last--;
        }
        return last;
    }

    /** Whether the word at {@code object} is at least as rare, on average over its terms, as the clause's terms. */
    private static boolean isDistinctive(List<Unit> units, int object, Map<String, Double> weights, double total) {
        if (object < 0 || weights.isEmpty()) {
            return false;
        }
        double average = units.get(object).terms().stream().mapToDouble(t -> weights.getOrDefault(t, 0.0)).average()
                .orElse(0);
        return average > 0 && average >= total / weights.size();
    }

    /** Whether {@code unit} may qualify the words after it: a word of two characters or more, not a verb or manner. */
    static boolean isQualifier(Unit unit) {
        return unit.text().length() >= 2 && !ACTION_VERBS.contains(unit.text()) && !MANNER_WORDS.contains(unit.text())
                && !GENERIC_HEADS.contains(unit.text());
    }

    /** The last word after the clause's first deliverable verb, generic endings aside; -1 without such a verb. */
    private static int head(List<Unit> units) {
        int verb = 0;
        while (verb < units.size() && !DELIVERABLE_VERBS.contains(units.get(verb).text())) {
            verb++;
        }
        int last = units.size() - 1;
        while (last > verb && (GENERIC_HEADS.contains(units.get(last).text()) || COUNT.matcher(units.get(last).text()).matches())) {
            last--;
        }
        return last > verb ? last : -1;
    }
}
