package org.fazhi.registry.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.registry.graphql.UserError;
import org.fazhi.registry.graphql.UserErrorCode;

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
        } else if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(UserError.of(field, UserErrorCode.TEXT_TOO_LARGE,
                    "the report text is larger than " + MAX_BYTES + " bytes of UTF-8"));
        } else if (text.codePoints().noneMatch(ReportTextRules::isCjk)) {
            errors.add(UserError.of(field, UserErrorCode.TEXT_NOT_CHINESE,
                    "the report text contains no Chinese character"));
        }
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
