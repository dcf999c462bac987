package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;

/** One line (one paragraph) of the normalised text, with its offsets. */
record TextLine(int start, int end, String text) {

    /** The lines of a normalised text, which has no blank lines. */
    static List<TextLine> of(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                lines.add(new TextLine(start, end, text.substring(start, end)));
            }
            start = end + 1;
        }
        return lines;
    }

    Span span() {
        return new Span(start, end);
    }
}
