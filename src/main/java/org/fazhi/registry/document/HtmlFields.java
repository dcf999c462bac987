package org.fazhi.registry.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The metadata a government web page states beside the report: the {@code <meta>} tags of the national
 * website standard (ArticleTitle, PubDate, ContentSource) and the disclosure table (索引号, 发布机构, 成文日期 …)
 * in whatever markup the site uses — table cells, list items with a label span, definition lists, paragraphs
 * with a bold label. Read from the structure, so a value never runs into the next label.
 */
final class HtmlFields {

    /** The standard's {@code <meta name>} → the label a disclosure table gives the same fact. */
    private static final Map<String, String> META_LABELS = Map.of(
            "articletitle", "标题", "pubdate", "发布日期", "contentsource", "信息来源");
    /** A label: two to eight Chinese characters, maybe spaced (索 引 号), bracketed ([ 索引号 ]) or followed by a colon. */
    private static final Pattern LABEL = Pattern.compile("^([\\[【])?(\\p{IsHan}{2,8})([\\]】])?([：:])?$");
    /** Where a label's block ends: the markup that holds one table of metadata. */
    private static final Set<String> BLOCKS = Set.of("table", "ul", "ol", "dl", "div", "section", "article", "aside");
    /** Cells whose label stands in the cell before the value. */
    private static final Set<String> LABEL_CELLS = Set.of("td", "th", "dt");
    /** A metadata value is short; a longer one is running text after a bold lead-in. */
    private static final int MAX_VALUE = 120;
    /** A block is metadata when it holds this many label–value pairs and little else. */
    private static final int MIN_PAIRS = 2;
    private static final double MAX_OTHER_TEXT = 0.25;

    private HtmlFields() {
    }

    /** The page's metadata, label → value, first value of a label kept; the metadata blocks are removed from the page. */
    static Map<String, String> extract(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element meta : page.select("meta[name][content]")) {
            String label = META_LABELS.get(meta.attr("name").toLowerCase(Locale.ROOT));
            String value = meta.attr("content").strip();
            if (label != null && !value.isEmpty()) {
                fields.putIfAbsent(label, value);
            }
        }
        Map<Element, List<String[]>> blocks = new IdentityHashMap<>();
        for (Element element : page.getAllElements()) {
            String[] pair = pair(element);
            Element block = pair == null ? null : block(element);
            if (block != null) {
                blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(pair);
            }
        }
        List<Element> metadataBlocks = new ArrayList<>();
        blocks.forEach((block, pairs) -> {
            if (isMetadata(block, pairs)) {
                metadataBlocks.add(block);
                pairs.forEach(pair -> fields.putIfAbsent(pair[0], pair[1]));
            }
        });
        metadataBlocks.forEach(Element::remove);
        return fields;
    }

    /** {label, value} when {@code element} is a label with a value after it, else null. */
    private static String[] pair(Element element) {
        boolean cell = LABEL_CELLS.contains(element.tagName());
        if (!cell && element.childrenSize() > 0) {
            return null;
        }
        Matcher m = LABEL.matcher(compact(element.text()));
        if (!m.matches() || (m.group(1) == null) != (m.group(3) == null)
                || (m.group(1) == null && m.group(4) == null && !cell)) {
            return null;
        }
        String value = cell ? cellValue(element) : followingText(element);
        return value == null || value.isEmpty() || value.length() > MAX_VALUE ? null : new String[] {m.group(2), value};
    }

    private static String cellValue(Element label) {
        Element next = label.nextElementSibling();
        return next == null || pair(next) != null ? null : next.text().strip();
    }

    /** The text after a label inside its parent, up to the next label. */
    private static String followingText(Element label) {
        StringBuilder value = new StringBuilder();
        for (Node node = label.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof TextNode text) {
                value.append(text.text());
            } else if (node instanceof Element element) {
                if (pair(element) != null || LABEL.matcher(compact(element.text())).matches()) {
                    break;
                }
                value.append(element.text());
            }
        }
        return value.toString().strip();
    }

    private static Element block(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (BLOCKS.contains(parent.tagName())) {
                return parent;
            }
        }
        return null;
    }

    /** Two pairs or more, and the block's text is mostly those pairs: a disclosure table, not running text. */
    private static boolean isMetadata(Element block, List<String[]> pairs) {
        if (pairs.size() < MIN_PAIRS) {
            return false;
        }
        int paired = pairs.stream().mapToInt(p -> p[0].length() + compact(p[1]).length()).sum();
        int all = compact(block.text()).length();
        return all - paired <= all * MAX_OTHER_TEXT;
    }

    /** Text without any blank, the ideographic space and no-break space included. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
