package org.fazhi.registry.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags a piece of report text (an item, a commitment, a problem) with the areas of
 * 《法治政府建设实施纲要（2021－2025年）》 it is about. A theme applies when the text (in simplified characters)
 * contains any of its keywords; the keywords are the outline's own words for each area. Stateless and
 * thread-safe.
 */
public final class ThemeTagger {

    /** The keyword rule set: a theme applies when any of its words occurs. */
    private static final Map<Theme, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry(Theme.RULE_OF_LAW_THOUGHT, List.of(
                    "习近平法治思想", "全面依法治国", "法治思想", "中心组学习", "理论学习", "集体学法", "学法制度", "述法")),
            Map.entry(Theme.GOVERNMENT_FUNCTIONS, List.of(
                    "政府职能", "机构职能", "权责清单", "放管服", "简政放权", "行政审批", "行政许可", "营商环境", "政务服务",
                    "一网通办", "一件事", "负面清单", "证明事项", "事中事后监管", "双随机", "市场监管", "优化服务")),
            Map.entry(Theme.RULE_MAKING, List.of(
                    "立法", "规章", "规范性文件", "备案审查", "文件清理", "合法性审核", "公平竞争审查", "制度体系", "依法行政制度")),
            Map.entry(Theme.DECISION_MAKING, List.of(
                    "行政决策", "重大决策", "决策程序", "科学决策", "民主决策", "依法决策", "法律顾问", "公职律师", "合法性审查",
                    "专家论证", "风险评估", "集体讨论", "三重一大")),
            Map.entry(Theme.LAW_ENFORCEMENT, List.of(
                    "行政执法", "执法人员", "执法监督", "综合执法", "执法检查", "执法行为", "执法公示", "执法全过程", "法制审核",
                    "行政处罚", "行政检查", "行政强制", "包容审慎", "柔性执法", "三项制度")),
            Map.entry(Theme.EMERGENCY_RESPONSE, List.of(
                    "突发事件", "应急", "预案", "防汛", "疫情", "风险防控", "安全生产", "消防")),
            Map.entry(Theme.DISPUTE_RESOLUTION, List.of(
                    "矛盾纠纷", "纠纷", "调解", "行政复议", "复议", "行政应诉", "出庭应诉", "应诉", "信访", "仲裁", "行政裁决",
                    "诉求", "投诉", "矛盾化解", "12345")),
            Map.entry(Theme.POWER_SUPERVISION, List.of(
                    "监督", "制约", "政务公开", "信息公开", "公开透明", "督察", "督查", "审计", "问责", "廉政", "政务诚信",
                    "司法权威", "生效裁判", "统计造假")),
            Map.entry(Theme.DIGITAL_GOVERNMENT, List.of(
                    "数字", "信息化", "互联网", "大数据", "智慧", "网上", "在线", "平台", "电子政务", "数据共享", "一网统管",
                    "新媒体", "公众号", "网络")),
            Map.entry(Theme.LEADERSHIP, List.of(
                    "党的领导", "组织领导", "领导小组", "第一责任人", "主要负责人", "责任制", "一岗双责", "考核", "述职",
                    "示范创建", "队伍建设", "工作力量", "组织保障", "激励机制")),
            Map.entry(Theme.LEGAL_PUBLICITY, List.of(
                    "普法", "法治宣传", "法制宣传", "宪法宣传", "法律进", "以案释法", "法治教育", "法治文化", "法治意识",
                    "谁执法谁普法", "宣传周", "宣传月")));

    /** The themes {@code text} is about; empty when none applies. */
    public Set<Theme> tag(String text) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        if (text == null) {
            return themes;
        }
        KEYWORDS.forEach((theme, words) -> {
            if (words.stream().anyMatch(text::contains)) {
                themes.add(theme);
            }
        });
        return themes;
    }
}
