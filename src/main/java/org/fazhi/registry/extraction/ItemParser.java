package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the items of a section body. Enumerated items nest — (一) › 一是 › ① — and at each level the family
 * whose first "1" comes first is the one that level is numbered in; markers must run 1, 2, 3 … to count.
 * Text before the first marker is the section's lead, not an item.
 *
 * <p>Without markers, what counts depends on the section: in a plan each paragraph is one commitment; in a
 * problems section each paragraph is one problem, or, when it is made of short statements each followed by
 * their explanation (理论学习还需要进一步加强。学用结合…), one problem per statement; in narrative sections
 * (measures, leader's duties) unnumbered paragraphs are the section's text, not items.
 */
final class ItemParser {

    /** How deep items nest below a section: (一) › 一是 › ① › 1. */
    private static final int MAX_DEPTH = 4;
    /** The title, an item's lead phrase, ends at the first of these. */
    private static final String TITLE_ENDS = "。：；！？\n";
    private static final String TITLE_TRIM = "，、。：；！？ ";
    /** A short statement: one sentence at most this long, without commas. */
    private static final int MAX_STATEMENT = 20;
    private static final String STATEMENT_BREAKS = "，、；：,";
    private static final String SENTENCE_ENDS = "。！？";

    /** A marker found in the text. */
    private record Marker(int start, int end, Markers.Family family, int number, String written) {
    }

    List<ParsedItem> parse(String text, Span body, SectionKind kind) {
        List<Marker> markers = scan(text, body);
        List<ParsedItem> items = enumerated(text, markers, 0, markers.size(), body.end(), EnumSet.noneOf(Markers.Family.class), 0);
        if (!items.isEmpty()) {
            return items;
        }
        return switch (kind) {
            case PROBLEMS -> paragraphs(text, body, true);
            case NEXT_YEAR_PLAN -> paragraphs(text, body, false);
            default -> List.of();
        };
    }

    private static List<Marker> scan(String text, Span body) {
        List<Marker> markers = new ArrayList<>();
        Matcher m = Markers.ITEM.matcher(text);
        for (int i = body.start(); i < body.end(); i++) {
            if (!Markers.mayStartAt(text, i)) {
                continue;
            }
            m.region(i, body.end());
            if (!m.lookingAt()) {
                continue;
            }
            Markers.Family family = Markers.family(m);
            int number = Markers.number(m, family);
            if (number > 0 && Markers.mayOpenAt(text, i, family)) {
                markers.add(new Marker(i, m.end(), family, number, m.group()));
            }
        }
        return markers;
    }

    /** The items numbered in one family among markers[from, to), which all lie before {@code end}. */
    private static List<ParsedItem> enumerated(String text, List<Marker> markers, int from, int to, int end,
            Set<Markers.Family> used, int depth) {
        Markers.Family family = null;
        for (int i = from; i < to && family == null; i++) {
            Marker m = markers.get(i);
            if (m.number() == 1 && !used.contains(m.family())) {
                family = m.family();
            }
        }
        if (family == null || depth >= MAX_DEPTH) {
            return List.of();
        }
        List<Integer> sequence = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Marker m = markers.get(i);
            if (m.family() == family && m.number() == sequence.size() + 1) {
                sequence.add(i);
            }
        }
        Set<Markers.Family> inner = EnumSet.copyOf(used);
        inner.add(family);
        List<ParsedItem> items = new ArrayList<>(sequence.size());
        for (int k = 0; k < sequence.size(); k++) {
            int index = sequence.get(k);
            int nextIndex = k + 1 < sequence.size() ? sequence.get(k + 1) : to;
            Marker marker = markers.get(index);
            int itemEnd = trimEnd(text, marker.start(), k + 1 < sequence.size() ? markers.get(nextIndex).start() : end);
            List<ParsedItem> children = enumerated(text, markers, index + 1, nextIndex, itemEnd, inner, depth + 1);
            int contentStart = Math.min(marker.end(), itemEnd);
            int titleLimit = children.isEmpty() ? itemEnd : children.get(0).span().start();
            items.add(new ParsedItem(Markers.display(marker.written()), title(text, contentStart, titleLimit),
                    text.substring(contentStart, itemEnd).strip(), k + 1, new Span(marker.start(), itemEnd), children));
        }
        return items;
    }

    /** One item per paragraph, or per short statement when {@code statements}. */
    private static List<ParsedItem> paragraphs(String text, Span body, boolean statements) {
        List<ParsedItem> items = new ArrayList<>();
        int start = body.start();
        while (start < body.end()) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > body.end()) {
                end = body.end();
            }
            List<Integer> starts = statements ? statementStarts(text, start, end) : List.of(start);
            for (int k = 0; k < starts.size(); k++) {
                int itemStart = starts.get(k);
                int itemEnd = trimEnd(text, itemStart, k + 1 < starts.size() ? starts.get(k + 1) : end);
                if (itemEnd > itemStart) {
                    int statementEnd = statementEnd(text, itemStart, itemEnd);
                    String title = statementEnd < 0 ? null : text.substring(itemStart, statementEnd);
                    items.add(new ParsedItem(null, title, text.substring(itemStart, itemEnd), items.size() + 1,
                            new Span(itemStart, itemEnd), List.of()));
                }
            }
            start = end + 1;
        }
        return items;
    }

    /** Where each short statement of a paragraph starts; just the paragraph start unless it opens with one. */
    private static List<Integer> statementStarts(String text, int start, int end) {
        List<Integer> starts = new ArrayList<>();
        starts.add(start);
        if (statementEnd(text, start, end) < 0) {
            return starts;
        }
        for (int sentence = nextSentence(text, start, end); sentence < end; sentence = nextSentence(text, sentence, end)) {
            if (statementEnd(text, sentence, end) >= 0) {
                starts.add(sentence);
            }
        }
        return starts;
    }

    /** The start of the sentence after the one starting at {@code from}, or {@code end}. */
    private static int nextSentence(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return end;
    }

    /** The end of the short statement opening at {@code from} (before its 。), or -1 when it opens none. */
    private static int statementEnd(String text, int from, int end) {
        for (int i = from; i < end && i <= from + MAX_STATEMENT; i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return i > from ? i : -1;
            }
            if (STATEMENT_BREAKS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The lead phrase from {@code from}: up to the first 。 ： ； or line end, without trailing punctuation. */
    private static String title(String text, int from, int limit) {
        int end = from;
        while (end < limit && TITLE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        int start = from;
        while (start < end && TITLE_TRIM.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TITLE_TRIM.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > start ? text.substring(start, end) : null;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
