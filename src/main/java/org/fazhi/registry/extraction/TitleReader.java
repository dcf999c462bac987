package org.fazhi.registry.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fazhi.registry.extraction.Fields.Field;

/**
 * Finds a report's title among its header lines: the 名称/标题 field when the page has one, else the first line
 * (or two or three consecutive lines, when the title is broken after the issuer or mid-phrase) that reads as a
 * title. Breadcrumbs, banners, date lines and column names (法治政府建设年度报告 alone) are not titles.
 */
final class TitleReader {

    /** A title line ends with one of these words. */
    private static final List<String> TITLE_ENDINGS = List.of("报告", "情况", "总结");
    /** A title is about this. */
    private static final List<String> TITLE_TOPICS = List.of("法治", "依法行政");
    /** A title names its year, its issuer or its subject (关于…); a column name does none of these. */
    private static final Pattern NAMES_SOMETHING = Pattern.compile("(?:19|20)\\d{2}|关于|^\\p{IsHan}{2,40}?(?:省|市|区|县|镇|乡|街道|局|委|办|厅|部)");
    private static final int MAX_TITLE = 80;
    /** A title is broken over at most this many lines. */
    private static final int MAX_TITLE_LINES = 3;

    private TitleReader() {
    }

    static String read(Map<Field, String> fields, List<String> header) {
        if (fields.containsKey(Field.TITLE)) {
            return fields.get(Field.TITLE).replace("《", "").replace("》", "");
        }
        for (int first = 0; first < header.size(); first++) {
            for (int count = Math.min(MAX_TITLE_LINES, header.size() - first); count >= 1; count--) {
                List<String> window = header.subList(first, first + count);
                if (isBrokenTitle(window)) {
                    return once(String.join("", window));
                }
            }
        }
        return null;
    }

    /** True when the lines, joined, are a title and only the last one holds a title's last word. */
    private static boolean isBrokenTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean last = i == lines.size() - 1;
            if (Fields.isFieldLine(line) || (!last && TITLE_ENDINGS.stream().anyMatch(line::contains))) {
                return false;
            }
        }
        String first = lines.get(0);
        boolean opensTitle = lines.size() == 1 || Organisations.isName(first) || Regions.isRegion(first)
                || first.contains("关于") || NAMES_SOMETHING.matcher(first).find() && mentionsTopic(first);
        return opensTitle && isTitle(String.join("", lines));
    }

    static boolean isTitle(String line) {
        return line.length() <= MAX_TITLE && endsLikeTitle(line) && mentionsTopic(line)
                && NAMES_SOMETHING.matcher(line).find();
    }

    private static boolean endsLikeTitle(String line) {
        return TITLE_ENDINGS.stream().anyMatch(line::endsWith);
    }

    private static boolean mentionsTopic(String line) {
        return TITLE_TOPICS.stream().anyMatch(line::contains);
    }

    /** A title printed twice on one line counts once. */
    private static String once(String title) {
        int half = title.length() / 2;
        return title.length() % 2 == 0 && title.substring(0, half).equals(title.substring(half))
                ? title.substring(0, half) : title;
    }
}
