package org.fazhi.registry.extraction;

import java.util.List;

/**
 * An enumerated item of a section, or an unnumbered paragraph standing as one.
 *
 * @param marker the enumeration marker with half-width brackets — (一), 一是, 1., (1), ① — or null for an
 *     unnumbered paragraph
 * @param title the lead phrase up to the first 。, ： or ；; null when an unnumbered paragraph does not open
 *     with a short statement
 * @param text the item's text after its marker
 * @param ordinal 1-based position among its siblings
 * @param span the item including its marker
 * @param children the enumerated items inside it (一是 inside (一), ① inside 一是 …)
 */
public record ParsedItem(String marker, String title, String text, int ordinal, Span span, List<ParsedItem> children) {

    public ParsedItem {
        children = List.copyOf(children);
    }
}
