package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds every 《…》 title (with 〈…〉 or 《…》 nested inside), counts its occurrences, gives its canonical form
 * and decides its kind.
 */
final class CitationExtractor {

    /** A title longer than this, or broken by a line end, is a stray bracket. */
    private static final int MAX_TITLE = 120;
    /** The prefix national laws are cited with or without. */
    private static final String STATE_PREFIX = "中华人民共和国";
    /** A trailing period in brackets, （2022—2025年）, does not decide what a document is. */
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("[（(][^（）()]*[）)]$");
    /** Two or more Han characters and a place unit open the title of a local rule: 山西省…条例. */
    private static final Pattern PLACE = Pattern.compile("^\\p{IsHan}{2,8}?(?:省|自治区|市|自治州|州|县|区|盟|旗)");

    private static final List<String> OTHER_ENDINGS = List.of("手册", "汇编", "读本", "选编", "教材", "丛书", "文集", "画册", "建议书");
    private static final List<String> PARTY_WORDS = List.of("中国共产党", "党内", "党政", "党组", "党委", "党员", "党风", "党的", "纪律处分");
    private static final List<String> PARTY_TITLES = List.of("党章", "中国共产党章程");
    private static final List<String> RULE_ENDINGS = List.of("条例", "规定", "准则", "规则", "办法", "细则", "章程");
    private static final List<String> NOT_LAW_ENDINGS = List.of("办法", "方法", "做法", "想法", "看法", "说法");
    private static final List<String> POLICY_ENDINGS = List.of(
            "意见", "通知", "方案", "计划", "规划", "纲要", "决定", "制度", "规范", "要点", "措施", "清单", "指引", "指南",
            "标准", "决议", "公告", "通告", "报告", "批复", "函", "纪要", "机制", "目录");

    List<ParsedCitation> extract(String text) {
        Map<String, List<Span>> occurrences = new LinkedHashMap<>();
        int open = text.indexOf('《');
        while (open >= 0) {
            int close = closing(text, open);
            if (close < 0) {
                open = text.indexOf('《', open + 1);
                continue;
            }
            String title = withoutSpaces(text.substring(open + 1, close));
            if (!title.isEmpty()) {
                occurrences.computeIfAbsent(title, t -> new ArrayList<>()).add(new Span(open, close + 1));
            }
            open = text.indexOf('《', close + 1);
        }
        List<ParsedCitation> citations = new ArrayList<>(occurrences.size());
        occurrences.forEach((title, spans) -> {
            CitationKind kind = kind(title);
            String canonical = kind == CitationKind.LAW && title.startsWith(STATE_PREFIX) && title.length() > STATE_PREFIX.length()
                    ? title.substring(STATE_PREFIX.length()) : title;
            citations.add(new ParsedCitation(title, canonical, kind, spans.size(), spans.get(0)));
        });
        return citations;
    }

    /** The index of the 》 closing the 《 at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length() && i - open <= MAX_TITLE; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            } else if (c == '《') {
                depth++;
            } else if (c == '》' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static CitationKind kind(String title) {
        String name = TRAILING_BRACKETS.matcher(title).replaceFirst("");
        if (OTHER_ENDINGS.stream().anyMatch(name::endsWith)) {
            return CitationKind.OTHER;
        }
        boolean rule = RULE_ENDINGS.stream().anyMatch(name::endsWith);
        if (PARTY_TITLES.contains(name) || (rule && PARTY_WORDS.stream().anyMatch(name::contains))) {
            return CitationKind.PARTY_REGULATION;
        }
        if ((name.endsWith("法") || name.endsWith("法典")) && NOT_LAW_ENDINGS.stream().noneMatch(name::endsWith)) {
            return CitationKind.LAW;
        }
        if (rule) {
            return PLACE.matcher(name).lookingAt() ? CitationKind.LOCAL_REGULATION : CitationKind.ADMINISTRATIVE_REGULATION;
        }
        return POLICY_ENDINGS.stream().anyMatch(name::endsWith) ? CitationKind.POLICY_DOCUMENT : CitationKind.OTHER;
    }

    private static String withoutSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
