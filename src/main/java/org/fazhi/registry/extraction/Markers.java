package org.fazhi.registry.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumeration markers of Chinese official writing. They nest: 一、 (a section heading) › (一) › 一是 / 1. /
 * 1、 / (1) / ①. Every marker the parser knows is recognised here.
 */
final class Markers {

    /** Chinese numerals one to ninety-nine: 一 … 十 … 九十九. */
    static final String HAN_NUMERAL = "[一二三四五六七八九十]{1,3}";

    /** 一、 or 一. opening a line: a section heading. */
    static final Pattern SECTION_HEADING = Pattern.compile("(" + HAN_NUMERAL + ")[、.]");

    /** The item marker families, highest level first. */
    enum Family {
        /** (一) or （一）. */
        PAREN_HAN,
        /** 一是, 二是 …. */
        HAN_SHI,
        /** 1. or 1、. */
        DIGIT,
        /** (1) or （1）. */
        PAREN_DIGIT,
        /** ① … ⑳. */
        CIRCLED
    }

    /** One alternative per family; the group named after a family holds its number. */
    static final Pattern ITEM = Pattern.compile(
            "[（(](?<parenHan>" + HAN_NUMERAL + ")[）)]"
                    + "|(?<hanShi>" + HAN_NUMERAL + ")是"
                    + "|(?<circled>[①-⑳])"
                    + "|[（(](?<parenDigit>\\d{1,2})[）)]"
                    + "|(?<digit>\\d{1,2})[.、](?!\\d)");

    /** Characters after which a marker may stand inside a line (line starts always qualify). */
    private static final String OPENS_AFTER = "。；：";
    /** 一是 also follows a comma or an enumeration comma: 一是…，二是…. */
    private static final String HAN_SHI_OPENS_AFTER = "。；：，、）)";

    private Markers() {
    }

    /** The family of the current match of {@link #ITEM}. */
    static Family family(Matcher m) {
        if (m.start("parenHan") >= 0) {
            return Family.PAREN_HAN;
        } else if (m.start("hanShi") >= 0) {
            return Family.HAN_SHI;
        } else if (m.start("circled") >= 0) {
            return Family.CIRCLED;
        } else if (m.start("parenDigit") >= 0) {
            return Family.PAREN_DIGIT;
        }
        return Family.DIGIT;
    }

    /** The number of the current match of {@link #ITEM}: (三) → 3, ② → 2. */
    static int number(Matcher m, Family family) {
        return switch (family) {
            case PAREN_HAN -> hanNumeral(m.group("parenHan"));
            case HAN_SHI -> hanNumeral(m.group("hanShi"));
            case CIRCLED -> m.group("circled").charAt(0) - '①' + 1;
            case PAREN_DIGIT -> Integer.parseInt(m.group("parenDigit"));
            case DIGIT -> Integer.parseInt(m.group("digit"));
        };
    }

    /** The marker as stored: half-width brackets, e.g. （一） → (一). */
    static String display(String marker) {
        return marker.replace('（', '(').replace('）', ')');
    }

    /** True when a marker of {@code family} may start at {@code index} of {@code text}. */
    static boolean mayOpenAt(CharSequence text, int index, Family family) {
        if (index == 0 || text.charAt(index - 1) == '\n') {
            return true;
        }
        char before = text.charAt(index - 1);
        return switch (family) {
            case CIRCLED -> true;
            case HAN_SHI -> HAN_SHI_OPENS_AFTER.indexOf(before) >= 0;
            default -> OPENS_AFTER.indexOf(before) >= 0;
        };
    }

    /**
     * A cheap test before matching {@link #ITEM} at {@code index}: the character could open a marker and
     * stands where some family may open. Keeps the regular expression off almost every position.
     */
    static boolean mayStartAt(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c >= '①' && c <= '⑳') {
            return true;
        }
        boolean opener = c == '(' || c == '（' || Chars.isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0;
        return opener && (index == 0 || text.charAt(index - 1) == '\n' || HAN_SHI_OPENS_AFTER.indexOf(text.charAt(index - 1)) >= 0);
    }

    /** True when {@code line} opens with a section heading or an item marker. */
    static boolean startsWithMarker(CharSequence line) {
        return SECTION_HEADING.matcher(line).lookingAt() || ITEM.matcher(line).lookingAt();
    }

    /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; 0 when not a numeral below one hundred. */
    static int hanNumeral(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? Math.max(digit(numeral.charAt(0)), 0) : 0;
        }
        if (ten != numeral.lastIndexOf('十') || ten > 1 || numeral.length() - ten > 2) {
            return 0;
        }
        int tens = ten == 0 ? 1 : digit(numeral.charAt(0));
        int units = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1));
        return tens > 0 && units >= 0 ? tens * 10 + units : 0;
    }

    private static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c);
    }
}
