package org.fazhi.registry.testing;

/** Counting in Chinese numerals as reports number their headings and items: 一, 十, 十二, 二十, 九十九. */
public final class HanNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private HanNumerals() {
    }

    /** {@code n} from 1 to 99 in Chinese numerals. */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("reports count from 1 to 99: " + n);
        }
        return n < 10 ? DIGITS[n] : (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
