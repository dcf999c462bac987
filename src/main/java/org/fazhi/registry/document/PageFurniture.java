package org.fazhi.registry.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a printed page repeats around the report: page numbers (— 3 —, 第3页 共8页, 3/8) and running
 * headers and footers, recognised as the same line, numbers aside, at the top or bottom of several pages.
 */
final class PageFurniture {

    /** Headers and footers stand in the first and last lines of a page. */
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:[-—－–\\s]*\\d{1,4}[-—－–\\s]*"
            + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|共\\s*\\d{1,4}\\s*页\\s*第\\s*\\d{1,4}\\s*页"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}|page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {
    }

    static List<List<PdfLine>> strip(List<List<PdfLine>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<PdfLine> page : pages) {
            edgeLines(page).stream().map(PageFurniture::key).distinct().forEach(k -> edgeCounts.merge(k, 1, Integer::sum));
        }
        int repeatedOn = Math.max(2, (pages.size() + 1) / 2);
        List<List<PdfLine>> stripped = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> body = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                if (!edge || !(PAGE_NUMBER.matcher(line.text()).matches() || edgeCounts.get(key(line)) >= repeatedOn)) {
                    body.add(line);
                }
            }
            stripped.add(body);
        }
        return stripped;
    }

    private static List<PdfLine> edgeLines(List<PdfLine> page) {
        if (page.size() <= 2 * EDGE) {
            return page;
        }
        List<PdfLine> edges = new ArrayList<>(page.subList(0, EDGE));
        edges.addAll(page.subList(page.size() - EDGE, page.size()));
        return edges;
    }

    /** A line as a running header or footer repeats it: numbers (page, date) and blanks aside. */
    private static String key(PdfLine line) {
        return DIGITS.matcher(line.text()).replaceAll("#").replaceAll("\\s+", "");
    }
}
