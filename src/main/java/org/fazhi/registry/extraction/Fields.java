package org.fazhi.registry.extraction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata table a government website prints around a report, in any of its layouts:
 * {@code | 索引号: | … | 发布机构: | … |} pipes, {@code [ 索引号 ] … [ 主题分类 ] …} brackets (often printed
 * twice), {@code - 索引号:…} lists and {@code 名称:} lines. Spaces inside labels are gone after normalisation.
 */
final class Fields {

    /** What a field tells. */
    enum Field { INDEX_NUMBER, PUBLISHER, SOURCE, TITLE, DOCUMENT_NUMBER, ISSUED, PUBLISHED, SIGNER, RECIPIENT, IGNORED }

    /** Label → field; longer labels first so that 主送机关 wins over 主送. */
    private static final Map<String, Field> LABELS = new java.util.LinkedHashMap<>();

    static {
        LABELS.put("索引号", Field.INDEX_NUMBER);
        LABELS.put("发布机构", Field.PUBLISHER);
        LABELS.put("发文机关", Field.PUBLISHER);
        LABELS.put("发布单位", Field.PUBLISHER);
        LABELS.put("文章来源", Field.SOURCE);
        LABELS.put("信息来源", Field.SOURCE);
        LABELS.put("来源", Field.SOURCE);
        LABELS.put("文件名称", Field.TITLE);
        LABELS.put("名称", Field.TITLE);
        LABELS.put("标题", Field.TITLE);
        LABELS.put("发文字号", Field.DOCUMENT_NUMBER);
        LABELS.put("文号", Field.DOCUMENT_NUMBER);
        LABELS.put("成文日期", Field.ISSUED);
        LABELS.put("成文时间", Field.ISSUED);
        LABELS.put("印发日期", Field.ISSUED);
        LABELS.put("生成日期", Field.ISSUED);
        LABELS.put("发布日期", Field.PUBLISHED);
        LABELS.put("发布时间", Field.PUBLISHED);
        LABELS.put("发文日期", Field.PUBLISHED);
        LABELS.put("发文时间", Field.PUBLISHED);
        LABELS.put("更新时间", Field.PUBLISHED);
        LABELS.put("公开日期", Field.PUBLISHED);
        LABELS.put("公布日期", Field.PUBLISHED);
        LABELS.put("发表时间", Field.PUBLISHED);
        LABELS.put("发稿时间", Field.PUBLISHED);
        // An article page prints its date beside the title under a bare 日期 or 时间.
        LABELS.put("日期", Field.PUBLISHED);
        LABELS.put("时间", Field.PUBLISHED);
        LABELS.put("签发人", Field.SIGNER);
        LABELS.put("主送机关", Field.RECIPIENT);
        LABELS.put("主送", Field.RECIPIENT);
        for (String ignored : List.of("公开目录", "主题分类", "公开方式", "公开范围", "有效性", "体裁分类",
                "组配分类", "服务对象", "浏览次数", "浏览量", "访问量", "点击数", "点击量", "阅读量", "字号", "作者")) {
            LABELS.put(ignored, Field.IGNORED);
        }
    }

    private static final String LABEL_ALTERNATIVES = String.join("|", LABELS.keySet());

    /**
     * A label where a field starts: at the line start or after a separator, followed by a separator; or glued to
     * the value before it (来源：某办发布日期：…) where normalisation took out the spaces between them, followed by a colon.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:^|(?<=[\\s|｜\\[\\]【】\\-]))[\\[【]?\\s*(?<label>" + LABEL_ALTERNATIVES + ")\\s*[\\]】]?\\s*(?:[：:|｜]|\\s)"
                    + "|(?<glued>" + LABEL_ALTERNATIVES + ")[：:])\\s*[|｜]?");

    /** A field line opens with a label after list or table punctuation. */
    private static final Pattern FIELD_LINE = Pattern.compile(
            "[\\s\\-|｜\\[【*•·]*(?:" + LABEL_ALTERNATIVES + ")\\s*[\\]】]?\\s*[：:|｜\\]】]");

    /** What is stripped around a value. */
    private static final String VALUE_TRIM = " |｜[]【】-：:";

    private Fields() {
    }

    static boolean isFieldLine(CharSequence line) {
        return FIELD_LINE.matcher(line).lookingAt();
    }

    /** The fields a document states as label → value pairs (a web page's table cells); unknown labels are dropped. */
    static Map<Field, String> ofLabels(Map<String, String> labelled) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        labelled.forEach((label, value) -> put(fields, LABELS.get(label.replaceAll("[\\s:：\\[\\]【】]", "")),
                value, 0, value.length()));
        return fields;
    }

    /** The fields of {@code lines} that are field lines; the first value of a field wins. */
    static Map<Field, String> read(List<String> lines) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        for (String line : lines) {
            if (isFieldLine(line)) {
                readLine(line, fields);
            }
        }
        return fields;
    }

    private static void readLine(String line, Map<Field, String> fields) {
        Matcher m = LABEL.matcher(line);
        Field field = null;
        int valueStart = 0;
        while (m.find()) {
            put(fields, field, line, valueStart, m.start());
            field = LABELS.get(m.group("label") != null ? m.group("label") : m.group("glued"));
            valueStart = m.end();
        }
        put(fields, field, line, valueStart, line.length());
    }

    private static void put(Map<Field, String> fields, Field field, String line, int start, int end) {
        if (field == null || field == Field.IGNORED || fields.containsKey(field)) {
            return;
        }
        while (start < end && VALUE_TRIM.indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && VALUE_TRIM.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start < end) {
            fields.put(field, line.substring(start, end));
        }
    }
}
