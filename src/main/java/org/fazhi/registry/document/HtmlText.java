package org.fazhi.registry.document;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an HTML block as a reader sees it: a line per paragraph, heading, list item and table row. */
final class HtmlText implements NodeVisitor {

    /** Tags that begin and end a line. */
    private static final Set<String> LINES = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table",
            "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "dl", "center", "main", "hr", "caption",
            "header", "address", "figure", "figcaption");
    /** Table cells of a row are kept apart as the metadata and statistics tables show them. */
    private static final String CELL_SEPARATOR = " | ";

    private final StringBuilder out = new StringBuilder();

    private HtmlText() {
    }

    static String of(Element block) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, block);
        return text.lines();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.append(text.text());
        } else if (node instanceof Element element) {
            String tag = element.tagName();
            if (tag.equals("br") || LINES.contains(tag)) {
                out.append('\n');
            } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                out.append(CELL_SEPARATOR);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && LINES.contains(element.tagName())) {
            out.append('\n');
        }
    }

    /** The collected text, each line stripped, empty lines dropped. */
    private String lines() {
        StringBuilder text = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                text.append(stripped).append('\n');
            }
        }
        return text.toString();
    }
}
