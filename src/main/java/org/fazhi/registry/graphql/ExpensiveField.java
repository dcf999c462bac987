package org.fazhi.registry.graphql;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of the API that cost far more than a read, which a request may hold only a few of
 * ({@link RequestLimits#expensiveFields()}), and where those that carry a report text hold it, which counts against
 * the request's {@link RequestLimits#textBudget()}. Their resolvers are marked {@link Expensive}.
 */
enum ExpensiveField {
    PARSE_REPORT("parseReport", "text"),
    SUBMIT_REPORT("submitReport", "input", "text"),
    SUBMIT_STRUCTURED_REPORT("submitStructuredReport"),
    SUBMIT_DOCUMENT("submitDocument"),
    SEARCH("search");

    private final String fieldName;
    /** The argument, then the input fields within it, that hold the text; empty when the field carries none. */
    private final List<String> textPath;

    ExpensiveField(String fieldName, String... textPath) {
        this.fieldName = fieldName;
        this.textPath = List.of(textPath);
    }

    static Optional<ExpensiveField> named(String fieldName) {
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(fieldName)).findFirst();
    }

    List<String> textPath() {
        return textPath;
    }

    /** The names of all of them, for messages. */
    static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.fieldName).toList());
    }
}
