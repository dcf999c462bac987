package org.fazhi.registry.extraction;

import java.util.List;

/** Splits a text, already rewritten by {@link MatchingText}, into the terms the follow-up matcher compares. */
@FunctionalInterface
public interface Tokenizer {

    List<Token> tokens(String text);
}
