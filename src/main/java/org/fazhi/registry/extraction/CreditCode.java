package org.fazhi.registry.extraction;

import java.util.Optional;

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015.
 *
 * <p>The last character is a check character over the first seventeen: each character's value in
 * {@link #ALPHABET} is weighted by 3^(i-1) mod 31, and check = (31 − Σ mod 31) mod 31.
 */
public record CreditCode(String value) {

    /** The 31 characters a code may contain (I, O, S, V and Z are never used). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid unified social credit code: " + value);
        }
    }

    /** The code, upper-cased and trimmed, when {@code candidate} is a valid code. */
    public static Optional<CreditCode> parse(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String upper = candidate.strip().toUpperCase(java.util.Locale.ROOT);
        return isValid(upper) ? Optional.of(new CreditCode(upper)) : Optional.empty();
    }

    /** True when {@code code} has 18 characters of the alphabet and a matching check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int expected = (31 - sum % 31) % 31;
        return code.charAt(LENGTH - 1) == ALPHABET.charAt(expected);
    }

    @Override
    public String toString() {
        return value;
    }
}
