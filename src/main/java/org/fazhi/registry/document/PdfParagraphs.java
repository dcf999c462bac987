package org.fazhi.registry.document;

import java.util.List;

/**
 * Joins the lines of a PDF back into paragraphs. A line goes on in the next one when it runs to the right margin
 * and the next starts at the left margin, unindented, across page breaks too; a short line or an indented one
 * (Chinese paragraphs open two characters in) ends a paragraph. Chinese lines join without a blank or hyphen;
 * only two Latin words get a blank between them, and a Latin word hyphenated at the margin is closed up.
 */
final class PdfParagraphs {

    /** How close to a margin, in ems, a line still counts as touching it. */
    private static final float MARGIN_TOLERANCE = 1.2f;
    private static final float INDENT_TOLERANCE = 0.5f;

    private PdfParagraphs() {
    }

    static String join(List<List<PdfLine>> pages) {
        List<PdfLine> lines = pages.stream().flatMap(List::stream).toList();
        float leftMargin = (float) lines.stream().mapToDouble(PdfLine::left).min().orElse(0);
        float rightMargin = (float) lines.stream().mapToDouble(PdfLine::right).max().orElse(0);
        StringBuilder text = new StringBuilder();
        PdfLine previous = null;
        for (PdfLine line : lines) {
            boolean continues = previous != null
                    && previous.right() >= rightMargin - MARGIN_TOLERANCE * previous.em()
                    && line.left() <= leftMargin + INDENT_TOLERANCE * line.em();
            if (continues) {
                joinTo(text, line.text());
            } else {
                text.append(text.isEmpty() ? "" : "\n").append(line.text());
            }
            previous = line;
        }
        return text.append(text.isEmpty() ? "" : "\n").toString();
    }

    private static void joinTo(StringBuilder text, String next) {
        int end = text.length();
        char last = text.charAt(end - 1);
        char first = next.charAt(0);
        if (last == '-' && end > 1 && isLatinLetter(text.charAt(end - 2)) && isLatinLetter(first)) {
            text.setLength(end - 1);
        } else if (isLatinLetter(last) && isLatinLetter(first)) {
            text.append(' ');
        }
        text.append(next);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
