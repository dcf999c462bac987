package org.fazhi.registry.division;

import java.util.regex.Pattern;

/** What division codes look like, and how one contains another. */
public final class DivisionCodes {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}(?:[0-9]{3})?");
    private static final Pattern STATISTICS_CODE = Pattern.compile("[0-9]{9}000");
    private static final int REGION_START = 2;
    private static final int REGION_END = 8;

    private DivisionCodes() {
    }

    /**
     * The code as the table holds it: six or nine digits; the statistics office's twelve-digit form of a
     * township (500151113000) is cut to nine. Null when {@code code} has neither form.
     */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String stripped = code.strip();
        if (STATISTICS_CODE.matcher(stripped).matches()) {
            return stripped.substring(0, 9);
        }
        return CODE.matcher(stripped).matches() ? stripped : null;
    }

    /**
     * The prefix every code in {@code code}'s subtree starts with: 500000 → 50, 430700 → 4307,
     * 430725 → 430725 (its townships start with it too).
     */
    public static String subtreePrefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.length() <= 6 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    public static boolean isWithin(String code, String ancestor) {
        return code.startsWith(subtreePrefix(ancestor));
    }

    /** The region part of a unified social credit code (characters 3–8): where the body was registered. */
    public static String regionOfCreditCode(String creditCode) {
        return creditCode.substring(REGION_START, REGION_END);
    }
}
