package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Every pair of adjacent Han characters: the usual unit for matching Chinese without a dictionary, and the
 * follow-up matcher's terms in its first version. Kept to measure the terms used now ({@link WordBigrams})
 * against on the evaluation set (docs/follow-up.md).
 */
final class CharacterBigrams implements Tokenizer {

    static final CharacterBigrams INSTANCE = new CharacterBigrams();

    private CharacterBigrams() {
    }

    /** Every pair of adjacent Han characters; anything else (punctuation, digits, Latin) breaks pairs. */
    @Override
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Chars.isHan(text.charAt(i)) && Chars.isHan(text.charAt(i + 1))) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2));
            }
        }
        return tokens;
    }
}
