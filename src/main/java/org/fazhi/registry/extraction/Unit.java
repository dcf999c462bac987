package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word of a text as the follow-up check reads it: a word of the segmenter, or a run of one-character words
 * joined (欠|薪 → 欠薪, 三|张 → 三张, the segmenter's way with words it does not know), with the matcher's terms
 * that overlap it.
 *
 * @param start offset in the (matching) text it was read from
 * @param end offset after its last character
 * @param terms the terms of the text that overlap it
 */
record Unit(String text, int start, int end, List<String> terms) {

    /** Whether a text whose terms are {@code held} holds this word: half its terms, or the word itself. */
    boolean heldBy(Set<String> held, String text) {
        if (terms.isEmpty()) {
            return text.contains(this.text);
        }
        int found = 0;
        for (String term : terms) {
            found += held.contains(term) ? 1 : 0;
        }
        return found * 2 >= terms.size();
    }

    /** The units of {@code text}, given the words of its segmenter and the matcher's terms. */
    static List<Unit> of(String text, List<Token> words, List<Token> terms) {
        List<Token> spans = ChineseWords.singlesJoined(text, words);
        List<Unit> units = new ArrayList<>(spans.size());
        int first = 0; // terms come in text order: the first that may still overlap a unit
        for (Token span : spans) {
            while (first < terms.size() && terms.get(first).end() <= span.start()) {
                first++;
            }
            List<String> overlapping = new ArrayList<>(2);
            for (int t = first; t < terms.size() && terms.get(t).start() < span.end(); t++) {
                overlapping.add(terms.get(t).term());
            }
            units.add(new Unit(span.term(), span.start(), span.end(), List.copyOf(overlapping)));
        }
        return units;
    }
}
