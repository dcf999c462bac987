package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a report as scraped or pasted into the text every later stage reads: one paragraph a line, no blank
 * lines, simplified characters, full-width punctuation in Chinese context, no web residue. Deterministic: the
 * same input always gives the same output (the service hashes it).
 */
final class Normaliser {

    /** Scraped pinyin after a character, 經(jīng)濟: letters with at least one tone mark. */
    private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String PINYIN_LETTERS = "abcdefghijklmnopqrstuvwxyzü" + TONE_MARKED;
    private static final int MAX_PINYIN = 6;

    /** Half-width punctuation widened next to Chinese text, and its full-width form. */
    private static final String NARROW = ",:;!?()";
    private static final String WIDE = "，：；！？（）";

    /** A line ending in one of these goes on in the next line. */
    private static final String CONTINUES = "、，（“‘《〈—";
    /** A line this long (or holding a sentence end or a comma) is running text whose break is a page break. */
    private static final int BODY_LINE = 60;
    /** A short all-Han line after a heading or title is its broken-off tail: 相关\n\n情况. */
    private static final int MAX_TAIL = 10;

    /** Markdown heading marks at a line start. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");

    NormalisedText normalise(String raw) {
        String joined = joinBrokenLines(cleanLines(cleanCharacters(raw)));
        Script script = ChineseScript.detect(joined);
        String text = script == Script.TRADITIONAL ? ChineseScript.toSimplified(joined) : joined;
        return new NormalisedText(text, script);
    }

    /** Line ends, invisible characters, full-width digits and letters, markdown bold, pinyin. */
    private static String cleanCharacters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '*' && i + 1 < n && raw.charAt(i + 1) == '*') {
                i++;
            } else if ((c == '(' || c == '（') && out.length() > 0 && Chars.isHan(out.charAt(out.length() - 1))
                    && pinyinEnd(raw, i + 1) > 0) {
                i = pinyinEnd(raw, i + 1);
            } else {
                char mapped = mapChar(c);
                if (mapped != 0) {
                    out.append(mapped);
                }
            }
        }
        return out.toString();
    }

    /** The index of the closing bracket when {@code from} starts tone-marked pinyin, else -1. */
    private static int pinyinEnd(String s, int from) {
        boolean toned = false;
        for (int i = from; i < s.length() && i <= from + MAX_PINYIN; i++) {
            char c = s.charAt(i);
            if ((c == ')' || c == '）') && i > from) {
                return toned ? i : -1;
            }
            if (PINYIN_LETTERS.indexOf(c) < 0) {
                return -1;
            }
            toned |= TONE_MARKED.indexOf(c) >= 0;
        }
        return -1;
    }

    /** The character as analysed; 0 for characters that are dropped. */
    private static char mapChar(char c) {
        if (c == '\n') {
            return c;
        } else if (c == '\t' || c == '\u3000' || c == '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c == '\u202f') {
            return ' ';
        } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
            return '\n';
        } else if (c < ' ' || (c >= '\u007f' && c < '\u00a0') || (c >= '\u200b' && c <= '\u200f') || c == '\u2060'
                || c == '\ufeff' || c == '\u00ad') {
            return 0;
        } else if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％' || c == '．') {
            return (char) (c - 0xfee0);
        }
        return c;
    }

    /** Each line trimmed and tightened; empty lines, web chrome and repeated lines dropped. */
    private static List<String> cleanLines(String text) {
        List<String> lines = new ArrayList<>();
        String previous = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = withoutLeadingMojibake(text.substring(start, end).strip());
            if (line.startsWith("#")) {
                line = MARKDOWN_HEADING.matcher(line).replaceFirst("");
            }
            line = tighten(line);
            if (!line.isEmpty() && !WebChrome.isChrome(line) && !line.equals(previous)) {
                lines.add(line);
                previous = line;
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * A line of a mirrored page may open with question marks where its indent was decoded in the wrong charset
     * (??一、…); no report line opens with one.
     */
    private static String withoutLeadingMojibake(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '?' || line.charAt(i) == '？')) {
            i++;
        }
        return i == 0 ? line : line.substring(i).strip();
    }

    /** Widens punctuation next to Han characters, then drops spaces between Chinese characters and digits. */
    private static String tighten(String line) {
        return Chars.containsAny(line, NARROW + " ") ? dropSpaces(widenPunctuation(line)) : line;
    }

    private static String widenPunctuation(String line) {
        StringBuilder b = new StringBuilder(line);
        long wideBrackets = 0;
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            int k = NARROW.indexOf(c);
            boolean closesWideBracket = c == ')' && depth > 0 && depth <= Long.SIZE
                    && (wideBrackets & (1L << (depth - 1))) != 0;
            if (k >= 0 && (closesWideBracket || Chars.isHan(neighbour(b, i, -1)) || Chars.isHan(neighbour(b, i, 1)))) {
                b.setCharAt(i, WIDE.charAt(k));
            }
            char now = b.charAt(i);
            if (now == '(' || now == '（') {
                depth++;
                if (depth <= Long.SIZE) {
                    wideBrackets = now == '（' ? wideBrackets | (1L << (depth - 1)) : wideBrackets & ~(1L << (depth - 1));
                }
            } else if ((now == ')' || now == '）') && depth > 0) {
                depth--;
            }
        }
        return b.toString();
    }

    /** The nearest non-space character before ({@code step} -1) or after (+1) index {@code i}; 0 at an end. */
    private static char neighbour(CharSequence s, int i, int step) {
        for (int j = i + step; j >= 0 && j < s.length(); j += step) {
            if (s.charAt(j) != ' ') {
                return s.charAt(j);
            }
        }
        return 0;
    }

    private static String dropSpaces(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ') {
                b.append(c);
                continue;
            }
            int next = i;
            while (next < line.length() && line.charAt(next) == ' ') {
                next++;
            }
            if (b.length() > 0 && next < line.length() && !tight(b.charAt(b.length() - 1), line.charAt(next))) {
                b.append(' ');
            }
            i = next - 1;
        }
        return b.toString();
    }

    /** No space belongs between these two: 2024 年, 10 余次, 办公室 关于; but 10 369 and 社会 and 群众 keep theirs. */
    private static boolean tight(char before, char after) {
        boolean digits = Chars.isDigit(before) && Chars.isDigit(after);
        return !digits && isTightChar(before) && isTightChar(after);
    }

    private static boolean isTightChar(char c) {
        return Chars.isHan(c) || Chars.isCjkPunctuation(c) || Chars.isDigit(c) || c == '%';
    }

    /** Rejoins headings, titles and paragraphs broken across lines; drops a paragraph repeating the one before. */
    private static String joinBrokenLines(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        Paragraph current = null;
        for (String line : lines) {
            if (current != null && current.continuesWith(line)) {
                current.append(line);
            } else {
                add(paragraphs, current);
                current = new Paragraph(line);
            }
        }
        add(paragraphs, current);
        return String.join("\n", paragraphs);
    }

    private static void add(List<String> paragraphs, Paragraph paragraph) {
        if (paragraph != null) {
            String text = paragraph.toString();
            if (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(text)) {
                paragraphs.add(text);
            }
        }
    }

    /**
     * The paragraph being assembled: what is known about it decides whether the next line continues it. Kept
     * incrementally so that joining stays linear however many lines join.
     */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private final boolean closed;
        private final boolean nameOrHead;
        private boolean body;
        private boolean tailJoined;
        private char last;

        Paragraph(String line) {
            text.append(line);
            closed = Fields.isFieldLine(line) || Dates.isDateLine(line);
            nameOrHead = Organisations.isName(line) || line.endsWith("文件");
            body = isBody(line);
            last = line.charAt(line.length() - 1);
        }

        boolean continuesWith(String next) {
            if (closed || !(Chars.isHan(last) || Chars.isDigit(last) || Chars.isLatin(last) || CONTINUES.indexOf(last) >= 0)
                    || Markers.startsWithMarker(next) || Fields.isFieldLine(next) || Dates.isDateLine(next)) {
                return false;
            }
            return body || (!tailJoined && !nameOrHead && next.length() <= MAX_TAIL && Chars.allHan(next));
        }

        void append(String next) {
            text.append(next);
            tailJoined |= !body;
            body |= isBody(next);
            last = next.charAt(next.length() - 1);
        }

        @Override
        public String toString() {
            return text.toString();
        }

        /** Running text: it has a sentence end, or it is no heading and long or holds a comma. */
        private static boolean isBody(String line) {
            return Chars.containsAny(line, Chars.SENTENCE_ENDS)
                    || (!Markers.startsWithMarker(line) && (line.length() >= BODY_LINE || line.indexOf('，') >= 0));
        }
    }
}
