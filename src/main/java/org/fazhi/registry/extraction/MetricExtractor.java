package org.fazhi.registry.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities: a number, its counting unit and a qualifier (余, 多, 近, 以上, 超过). A number only counts
 * with a unit, so years (2024年), dates, document numbers (〔2024〕39号), hotlines (12345热线) and campaign
 * names (119消防宣传月) never come out; ordinals (第3次) and digits glued to letters or other digits
 * (hd0101/2025-0000006) are excluded too, as are numbers inside 《》 titles and on metadata lines.
 */
final class MetricExtractor {

    /** Counting units; longer ones first, as the alternation takes the first that matches. */
    private static final List<String> UNITS = List.of(
            "人次", "个工作日", "个百分点", "小时", "平方米", "公里", "人", "次", "件", "条", "项", "份", "名", "场", "家",
            "个", "册", "卷", "期", "篇", "户", "批", "轮", "元", "天", "起", "宗", "所", "台", "套", "张", "处", "部", "座",
            "块", "单", "亩", "%");
    /** Characters after a unit that make it part of another word: 名称, 人民, 期间, 家庭. */
    private static final String NOT_AFTER_UNIT = "称民间庭";

    /** What may follow a number: qualifier, scale (万, 亿), unit, trailing qualifier; matched at a number's start. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<number>\\d{1,12}(?:\\.\\d{1,4})?)(?<q1>余|多)?(?<scale>万|亿)?(?<q2>余)?"
                    + "(?<unit>" + String.join("|", UNITS) + ")(?<after>以上|余)?(?![" + NOT_AFTER_UNIT + "])");
    /** Qualifiers written before the number: 近20次, 超过30件. */
    private static final List<String> QUALIFIERS_BEFORE = List.of("超过", "近");
    /** A number glued to these is part of a code, a range or an ordinal (第3次), not a quantity. */
    private static final String NOT_BEFORE_NUMBER = "./-第";

    /** What a metric counts is the clause it stands in, cut to this length around the number. */
    private static final String CLAUSE_BOUNDS = "，。；：！？\n";
    private static final int MAX_ABOUT = 40;

    /**
     * @param excluded spans, in text order, whose numbers are not quantities (metadata lines)
     */
    List<ParsedMetric> extract(String text, List<Span> excluded) {
        List<ParsedMetric> metrics = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        int skip = 0;
        int titleDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            titleDepth = titleDepth(titleDepth, c);
            if (!Chars.isDigit(c) || titleDepth > 0 || (i > 0 && gluedBefore(text.charAt(i - 1)))) {
                continue;
            }
            while (skip < excluded.size() && excluded.get(skip).end() <= i) {
                skip++;
            }
            m.region(i, text.length());
            if (!m.lookingAt() || (skip < excluded.size() && excluded.get(skip).start() < m.end())) {
                continue;
            }
            String before = qualifierBefore(text, i);
            int start = before == null ? i : i - before.length();
            String unit = (m.group("scale") != null ? m.group("scale") : "") + m.group("unit");
            metrics.add(new ParsedMetric(new BigDecimal(m.group("number")), unit, before != null ? before : qualifier(m),
                    about(text, start, m.end()), new Span(start, m.end())));
            i = m.end() - 1;
        }
        return metrics;
    }

    private static boolean gluedBefore(char c) {
        return Chars.isDigit(c) || Chars.isLatin(c) || NOT_BEFORE_NUMBER.indexOf(c) >= 0;
    }

    private static String qualifierBefore(String text, int number) {
        for (String qualifier : QUALIFIERS_BEFORE) {
            if (text.startsWith(qualifier, number - qualifier.length())) {
                return qualifier;
            }
        }
        return null;
    }

    /** How deep in 《》 the text is after {@code c}; a line end closes any title left open. */
    private static int titleDepth(int depth, char c) {
        if (c == '《') {
            return depth + 1;
        } else if (c == '》') {
            return Math.max(depth - 1, 0);
        }
        return c == '\n' ? 0 : depth;
    }

    private static String qualifier(Matcher m) {
        for (String group : List.of("q1", "q2", "after")) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return null;
    }

    private static String about(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < MAX_ABOUT && CLAUSE_BOUNDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - from < MAX_ABOUT && CLAUSE_BOUNDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
