package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese has no spaces: pairs of adjacent Han characters are the usual unit for matching it without a
 * dictionary. Word segmenters were measured against them on the follow-up evaluation set (docs/follow-up.md).
 */
public final class CharacterBigrams implements Tokenizer {

    public static final CharacterBigrams INSTANCE = new CharacterBigrams();

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
