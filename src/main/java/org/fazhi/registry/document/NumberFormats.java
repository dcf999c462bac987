package org.fazhi.registry.document;

import java.util.Locale;

/**
 * Renders a list counter in a Word number format ({@code w:numFmt}): 一、 for chineseCounting, ① for
 * decimalEnclosedCircle, 1. for decimal …, so an automatically numbered heading reads as it prints.
 */
final class NumberFormats {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final int CIRCLED_MAX = 20;
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private NumberFormats() {
    }

    static String format(int n, String numFmt) {
        return switch (numFmt == null ? "decimal" : numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                    "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= STEMS.length() ? String.valueOf(STEMS.charAt(n - 1)) : chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= CIRCLED_MAX ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "none", "bullet" -> "";
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; beyond 99 the digits, as reports never count so far. */
    static String chinese(int n) {
        if (n < 0 || n > 99) {
            return Integer.toString(n);
        } else if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /** 1 → A, 26 → Z, 27 → AA: Word repeats the letter. */
    private static String letters(int n) {
        if (n < 1) {
            return Integer.toString(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return Integer.toString(n);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; n >= ROMAN_VALUES[i]; n -= ROMAN_VALUES[i]) {
                out.append(ROMAN_SYMBOLS[i]);
            }
        }
        return out.toString();
    }
}
