package org.fazhi.registry.extraction;

import java.util.List;

/** Splits a text, already rewritten by {@link MatchingText}, into the terms the follow-up matcher compares. */
@FunctionalInterface
public interface Tokenizer {

    List<Token> tokens(String text);

    /** The terms of {@code text} whose words, as {@link ChineseWords} reads them, are already known. */
    default List<Token> tokens(String text, List<Token> words) {
        return tokens(text);
    }
}
