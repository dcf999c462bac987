package org.fazhi.registry.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rewrites a text into the vocabulary the follow-up matcher compares: the domain's equivalent wordings
 * become one canonical term, and stock phrases that every plan and report repeat (learnt from published
 * reports, {@link StockPhrases}, and the words of intent listed here) become a break, so that evidence is decided
 * by what is distinctive in a commitment and not by its boilerplate.
 */
public final class MatchingText {

    /** Written where a stock phrase stood: not a Han character, so no term spans it. */
    static final char BREAK = '|';
    private static final String BREAK_TEXT = String.valueOf(BREAK);

    /** Quotation marks and title marks, dropped: “三张清单” and 三张清单 are the same words. */
    private static final String QUOTES = "“”‘’「」『』《》〈〉\"'";

    /**
     * Equivalent wordings of reports, canonical term first. They name one institution or duty of
     * 法治政府建设 under the names the reports use for it (法制 and 法治 are used for each other).
     */
    public static final List<List<String>> EQUIVALENCES = List.of(
            List.of("普法", "法治宣传教育", "法治宣传", "法制宣传教育", "法制宣传", "法律宣传", "普法宣传教育", "普法宣传",
                    "法治宣教"),
            List.of("普法责任制", "谁执法谁普法", "普法责任清单"),
            List.of("合法性审查", "合法性审核", "法制审核", "法治审核", "法律审核", "法制审查", "合法合规性审查"),
            List.of("执法队伍", "执法体制", "执法力量"),
            List.of("下沉", "下移", "下放"),
            List.of("案卷评查", "评查案卷", "卷宗评查"),
            List.of("法律进企业", "法律入企业", "法治进企业", "送法进企业", "法律进园区"),
            List.of("法治体检", "法律体检"),
            List.of("出庭应诉", "负责人出庭"),
            List.of("政务公开", "政府信息公开", "信息公开"),
            List.of("重大行政决策", "重大决策事项", "重大事项决策", "重大决策"),
            List.of("一网通办", "网上可办", "全程网办", "网上办理", "掌上办"),
            List.of("免罚", "首违不罚", "首违免罚", "不予处罚", "不予行政处罚", "免予处罚", "免予行政处罚", "轻微违法不罚"),
            List.of("全过程记录", "执法记录仪", "音像记录", "全程留痕"),
            List.of("诚信政府", "政务诚信", "政府诚信"),
            List.of("旁听庭审", "庭审旁听"),
            List.of("民主法治示范村", "法治示范村"),
            List.of("行政争议", "行政纠纷"),
            List.of("双随机一公开", "双随机、一公开"),
            List.of("学法用法", "学法守法用法"),
            // enforcement in other fields of work, under the names their reports use
            List.of("打假", "假冒伪劣", "制假售假", "假劣"),
            List.of("欠薪", "拖欠工资", "拖欠农民工工资"),
            List.of("违法用地", "违法占地", "非法占地", "违法占用土地"),
            List.of("专项整治", "专项治理", "集中整治"),
            List.of("执法证件", "执法证", "执法资格证"),
            List.of("容缺受理", "容缺办理"),
            List.of("税务", "税收"),
            List.of("培训", "轮训", "集训"));

    /**
     * Words that carry no commitment of their own, beside the stock phrases learnt from published reports
     * ({@link StockPhrases}): the verbs and qualifiers of intent (加强, 进一步, 提高…水平) and the nouns that frame any
     * measure, closed classes of the language of plans; and the formulas the background reports are too few to
     * teach (a formula framing fewer than {@link StockPhrases#MIN_REPORTS} of them).
     */
    public static final List<String> STOCK_PHRASES = List.of(
            // formulas and the shared subject too rare in the background reports to be learnt (StockPhrases)
            "习近平新时代中国特色社会主义思想", "党的二十届三中全会精神", "全面依法治国", "新时代", "为指导", "为引领", "尊法学法守法用法", "迈上新台阶", "问题导向", "高度重视",
            "主动对标", "争先进位", "比学赶超", "依法执政", "履行推进法治建设第一责任人职责", "第一责任人职责", "主要负责人", "法治思维和法治方式", "法治方式", "针对性和实效性",
            "针对性", "实效性", "以人民为中心的发展思想", "以人民为中心", "责任担当", "弘扬社会主义法治精神", "社会主义法治精神", "聚焦重点领域", "关键环节", "依法治理能力",
            "法治化营商环境", "重要指示批示精神", "入脑入心", "落地落实", "落到实处", "层层压实", "一级抓一级", "层层抓落实", "有力法治保障", "运用法治思维", "解决问题的能力",
            "新台阶", "获得感", "学习宣传贯彻", "党对法治政府建设的全面领导", "党对法治政府建设的领导", "党的领导", "建设法治政府", "法治建设", "依法行政", "法治思维",
            // verbs and qualifiers of intent
            "进一步", "不断", "持续", "全面", "切实", "扎实", "着力", "积极", "努力", "大力", "认真", "深入", "主动", "自觉",
            "加强", "强化", "推进", "推动", "加快", "提高", "提升", "增强", "完善", "健全", "深化", "坚持", "做好", "抓好",
            "实现", "开展", "组织", "落实", "严格", "及时", "营造", "补齐", "为契机",
            // nouns that frame any measure
            "法治意识", "法治素养", "法治观念", "法治理念", "水平", "工作", "各项", "成效", "氛围", "意识", "体系", "机制", "制度", "活动", "相关", "各类", "短板", "弱项",
            "形式多样", "内容丰富", "显著", "明显", "良好", "浓厚", "有效", "有序",
            // the body's own scope
            "全县", "全区", "全市", "全镇", "各级", "各部门");

    private static final Map<String, String> REWRITES = rewrites();
    private static final Set<String> DOMAIN_TERMS =
            EQUIVALENCES.stream().map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());
    private static final PhraseTrie WORDINGS = new PhraseTrie(REWRITES.keySet());

    private MatchingText() {
    }

    /**
     * The text without quotation marks, with every equivalent wording made canonical and every stock phrase made a
     * break, longest first; stock phrases that overlap (深入学习宣传 · 学习宣传贯彻) make one break.
     */
    public static String of(String quoted) {
        String text = unquoted(quoted);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int length = longestRewrite(text, i);
            String replacement = length == 0 ? null : REWRITES.get(text.substring(i, i + length));
            if (replacement == null) {
                out.append(text.charAt(i++));
            } else if (replacement.equals(BREAK_TEXT)) {
                out.append(BREAK);
                i = stockEnd(text, i, i + length);
            } else {
                out.append(replacement);
                i += length;
            }
        }
        return out.toString();
    }

    /** The length of the longest wording to rewrite at {@code i}, or 0. */
    private static int longestRewrite(String text, int i) {
        return WORDINGS.longest(text, i);
    }

    /** Where the stock phrase from {@code start} to {@code end} ends, with the stock phrases that overlap its end. */
    private static int stockEnd(String text, int start, int end) {
        int stockEnd = end;
        for (int j = start + 1; j < stockEnd; j++) {
            int length = longestRewrite(text, j);
            if (length > 0 && j + length > stockEnd && REWRITES.get(text.substring(j, j + length)).equals(BREAK_TEXT)) {
                stockEnd = j + length;
            }
        }
        return stockEnd;
    }

    private static String unquoted(String text) {
        if (!Chars.containsAny(text, QUOTES)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (QUOTES.indexOf(text.charAt(i)) < 0) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether {@code term} is the canonical term of a row of {@link #EQUIVALENCES}. */
    public static boolean isDomainTerm(String term) {
        return DOMAIN_TERMS.contains(term);
    }

    private static Map<String, String> rewrites() {
        Map<String, String> rewrites = new HashMap<>();
        StockPhrases.standard().phrases().forEach(p -> rewrites.put(p, BREAK_TEXT));
        STOCK_PHRASES.forEach(p -> rewrites.put(p, BREAK_TEXT));
        for (List<String> row : EQUIVALENCES) {
            row.forEach(variant -> rewrites.put(variant, row.get(0)));
        }
        return Map.copyOf(rewrites);
    }
}
