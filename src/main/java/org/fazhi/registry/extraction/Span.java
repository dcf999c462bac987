package org.fazhi.registry.extraction;

/**
 * A range of the normalised text: UTF-16 char indices, {@code end} exclusive, so
 * {@code normalisedText.substring(start, end)} is the thing extracted.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when {@code index} lies inside this span. */
    public boolean contains(int index) {
        return start <= index && index < end;
    }
}
