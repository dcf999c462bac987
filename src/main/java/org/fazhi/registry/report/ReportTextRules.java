package org.fazhi.registry.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/** What a submitted text must be before the registry reads it. */
public final class ReportTextRules {

    /** 1 MB of UTF-8: several times the longest real report. */
    static final int MAX_BYTES = 1_048_576;
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private ReportTextRules() {
    }

    static void check(String text, String field, List<UserError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(UserError.of(field, UserErrorCode.TEXT_EMPTY, "the report text is empty"));
        } else if (!storable(text, field, errors)) {
            return;
        } else if (text.codePoints().noneMatch(ReportTextRules::isCjk)) {
            errors.add(UserError.of(field, UserErrorCode.TEXT_NOT_CHINESE,
                    "the report text contains no Chinese character"));
        }
    }

    /**
     * True when {@code text} can be kept byte for byte: within {@link #MAX_BYTES} and free of lone surrogates (half of
     * a UTF-16 pair, which JSON can carry but no encoding can store: it would silently become {@code ?}).
     */
    static boolean storable(String text, String field, List<UserError> errors) {
        int lone = loneSurrogate(text);
        if (lone >= 0) {
            errors.add(UserError.of(field, UserErrorCode.TEXT_MALFORMED, "the report text holds a lone surrogate "
                    + String.format("\\u%04X", (int) text.charAt(lone)) + " at character " + lone
                    + ", half of a character that cannot be stored as given"));
            return false;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(UserError.of(field, UserErrorCode.TEXT_TOO_LARGE,
                    "the report text is larger than " + MAX_BYTES + " bytes of UTF-8"));
            return false;
        }
        return true;
    }

    /** The index of the first surrogate that is not part of a pair; -1 when there is none. */
    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static void checkYear(Integer year, String field, List<UserError> errors) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            errors.add(UserError.of(field, UserErrorCode.YEAR_OUT_OF_RANGE,
                    "the report year must lie between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year));
        }
    }

    private static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
