package org.fazhi.registry.extraction;

/** Character classes the stages share. */
final class Chars {

    /** Full-width punctuation of Chinese text. */
    private static final String CJK_PUNCTUATION = "，。、：；！？“”‘’《》〈〉（）〔〕【】—…·「」『』";

    /** Where a sentence or clause ends. */
    static final String SENTENCE_ENDS = "。；！？";

    private Chars() {
    }

    /** A CJK unified ideograph (basic block, extension A, compatibility). */
    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff')
                || c == '〇';
    }

    static boolean isCjkPunctuation(char c) {
        return CJK_PUNCTUATION.indexOf(c) >= 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** True when every char of {@code s} is a Han character. */
    static boolean allHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return s.length() > 0;
    }

    /** True when {@code s} holds a digit from {@code start} to {@code end}. */
    static boolean containsDigit(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds any of the characters in {@code set}. */
    static boolean containsAny(CharSequence s, String set) {
        for (int i = 0; i < s.length(); i++) {
            if (set.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
