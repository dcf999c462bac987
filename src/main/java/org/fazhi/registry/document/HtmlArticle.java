package org.fazhi.registry.document;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the report inside a government web page: drops what a page carries around every article (scripts,
 * navigation, breadcrumbs, share buttons, headers and footers) and returns the block that holds the page's
 * Chinese text — found by content, since every site names its article container differently.
 */
final class HtmlArticle {

    /** Elements that never hold the report. */
    private static final String NEVER_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, frame, object, embed, svg, canvas, button, input, select, textarea, link, "
            + "a[href^=javascript], a[href^=\"#\"]";
    /** Class and id words of navigation, breadcrumbs, share buttons, toolbars and footers (dqwz: 当前位置). */
    private static final Pattern CHROME = Pattern.compile("(?i)(?:^|[\\s_-])(?:nav\\w*|menu\\w*|breadcrumbs?|crumbs?|"
            + "\\w*share\\w*|footer|foot|header|toolbar|tools|print|qrcode|ewm|sidebar|related|dqwz|location|"
            + "position|copyright|banner|pager|pagination)(?:$|[\\s_-])");
    /** The article container holds at least this share of the Chinese text of the block around it. */
    private static final double CONCENTRATION = 0.75;

    private HtmlArticle() {
    }

    /** The block holding the report; {@code page} loses its chrome. */
    static Element find(Document page) {
        page.select(NEVER_TEXT).remove();
        Map<Element, Integer> han = new IdentityHashMap<>();
        int all = count(page.body(), han);
        // A class name alone never removes the report: misnamed containers exist.
        page.getAllElements().stream()
                .filter(e -> CHROME.matcher(e.className()).find() || CHROME.matcher(e.id()).find())
                .filter(e -> e != page.body() && han.get(e) < all * CONCENTRATION)
                .toList().forEach(Element::remove);
        han.clear();
        count(page.body(), han);
        Element block = page.body();
        while (true) {
            Element richest = null;
            for (Element child : block.children()) {
                if (richest == null || han.get(child) > han.get(richest)) {
                    richest = child;
                }
            }
            if (richest == null || han.get(richest) < han.get(block) * CONCENTRATION) {
                return block;
            }
            block = richest;
        }
    }

    /** The Chinese characters under {@code element}, link text excluded: lists of links are navigation. */
    private static int count(Element element, Map<Element, Integer> han) {
        int total = 0;
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                total += (int) text.getWholeText().codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            } else if (node instanceof Element child) {
                int inChild = count(child, han);
                total += child.tagName().equals("a") ? 0 : inChild;
            }
        }
        han.put(element, total);
        return total;
    }
}
