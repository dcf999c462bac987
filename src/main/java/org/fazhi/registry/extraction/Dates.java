package org.fazhi.registry.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as reports write them: 2024年11月29日, 2025-02-13, 2025/2/13, 二〇二四年十一月二十九日. */
final class Dates {

    static final Pattern DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d{2})(?:年(?<m>\\d{1,2})月(?<d>\\d{1,2})日|[-/.](?<m2>\\d{1,2})[-/.](?<d2>\\d{1,2})(?!\\d))"
                    + "|(?<hy>[〇零一二三四五六七八九]{4})年(?<hm>[一二三四五六七八九十]{1,2})月(?<hd>[一二三四五六七八九十]{1,3})日");

    /** Years in running text: 2024年, 2024年度; not the ends of a range (2021－2025年) and not a date. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d—\\-－~～至])((?:19|20)\\d{2})年(?!\\d{1,2}月)");

    /** A line that is only a date (with a trailing 印 / 印发 at most) is at most this long. */
    private static final int MAX_DATE_LINE = 20;

    private Dates() {
    }

    /** The date of the current match of {@link #DATE}; null when it names no real day (2024-02-30). */
    static LocalDate of(Matcher m) {
        int year;
        int month;
        int day;
        if (m.start("hy") >= 0) {
            year = hanDigits(m.group("hy"));
            month = Markers.hanNumeral(m.group("hm"));
            day = Markers.hanNumeral(m.group("hd"));
        } else {
            year = Integer.parseInt(m.group("y"));
            month = Integer.parseInt(m.start("m") >= 0 ? m.group("m") : m.group("m2"));
            day = Integer.parseInt(m.start("d") >= 0 ? m.group("d") : m.group("d2"));
        }
        if (year < 1900 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The first real date in {@code s}, or null. */
    static LocalDate first(CharSequence s) {
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            LocalDate date = of(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** True when {@code line} is a date standing alone, as under a signature. */
    static boolean isDateLine(String line) {
        return line.length() <= MAX_DATE_LINE && DATE.matcher(line).lookingAt();
    }

    /** True when {@code line} ends with a date, optionally followed by 印 or 印发. */
    static boolean endsWithDate(String line) {
        Matcher m = DATE.matcher(line);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        return lastEnd >= 0 && (lastEnd == line.length() || "印".equals(line.substring(lastEnd))
                || "印发".equals(line.substring(lastEnd)));
    }

    private static int hanDigits(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            value = value * 10 + (c == '零' ? 0 : "〇一二三四五六七八九".indexOf(c));
        }
        return value;
    }
}
