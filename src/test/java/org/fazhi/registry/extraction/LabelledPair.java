package org.fazhi.registry.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One pair of the follow-up evaluation set (src/test/resources/followup/evaluation): a commitment, an item of
 * the next year's report, and a reviewer's verdict.
 */
record LabelledPair(String id, String split, String category, String label, String commitment, String item) {

    private static final Path SET = Path.of("src/test/resources/followup/evaluation/pairs.tsv");
    private static final String TITLE_ENDS = "。：；！？";

    static List<LabelledPair> all() {
        try {
            return Files.readAllLines(SET, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new LabelledPair(f[0], f[1], f[2], f[3], f[4], f[5])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pairs that may be looked at while the matcher is developed: all but the held-back part. */
    static List<LabelledPair> inSight() {
        return all().stream().filter(p -> !p.isHeldBack()).toList();
    }

    /** The part written before the first round's last change, scored once for that round's figures. */
    boolean isFinal() {
        return split.equals("final");
    }

    /** The part written before the second round of changes and scored once at its end; development data since. */
    boolean isBlind() {
        return split.equals("blind");
    }

    /**
     * The part written before the third round of changes (fields of work the other parts cover thinly), not scored
     * while the matcher is changed.
     */
    boolean isHeldBack() {
        return split.equals("blind2");
    }

    /** Carried out or partly, as the reviewer judged. */
    boolean positive() {
        return !label.equals("NOT");
    }

    /** The commitment's lead phrase, as the parser takes a title. */
    String title() {
        for (int i = 0; i < commitment.length(); i++) {
            if (TITLE_ENDS.indexOf(commitment.charAt(i)) >= 0) {
                return commitment.substring(0, i);
            }
        }
        return commitment;
    }
}
