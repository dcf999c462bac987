package org.fazhi.registry.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.fazhi.registry.extraction.CreditCode;

/** Fresh unified social credit codes for tests, so tests sharing one database never collide. */
public final class CreditCodes {

    private CreditCodes() {
    }

    /** A random code whose check character is the one the validator accepts (the validator itself is tested on real codes). */
    public static String next() {
        return next("41");
    }

    /** A random code issued in {@code region}: its characters 3 to 8 start with it. */
    public static String next(String region) {
        StringBuilder prefix = new StringBuilder("91").append(region);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (prefix.length() < 17) {
            prefix.append(CreditCode.ALPHABET.charAt(random.nextInt(10)));
        }
        for (char check : CreditCode.ALPHABET.toCharArray()) {
            if (CreditCode.isValid(prefix.toString() + check)) {
                return prefix.toString() + check;
            }
        }
        throw new IllegalStateException("every prefix has exactly one check character");
    }

    /** The same code with a wrong check character. */
    public static String corrupt(String code) {
        char last = code.charAt(17);
        char other = last == '0' ? '1' : '0';
        return code.substring(0, 17) + other;
    }
}
