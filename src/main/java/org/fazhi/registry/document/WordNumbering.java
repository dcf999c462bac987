package org.fazhi.registry.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The markers Word prints before automatically numbered paragraphs, which the document's text does not contain:
 * each list keeps a counter per level, a paragraph advances its level and restarts the levels below, and the
 * level's text ({@code %1、}, {@code （%1）}, {@code %1.%2}) is filled in with the counters in their formats.
 * One instance reads one document, in paragraph order.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The marker to print before {@code paragraph}; empty when it is not numbered or carries a bullet. */
    String marker(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        CTLvl[] levels = numId == null ? null : levels(numId);
        if (levels == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        if (levels[level] == null || !levels[level].isSetLvlText()) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        Matcher m = PLACEHOLDER.matcher(levels[level].getLvlText().getVal());
        StringBuilder marker = new StringBuilder();
        while (m.find()) {
            int of = Integer.parseInt(m.group(1)) - 1;
            int value = count[of] == 0 && levels[of] != null ? start(levels[of]) : count[of];
            m.appendReplacement(marker, Matcher.quoteReplacement(NumberFormats.format(value, format(levels[of]))));
        }
        m.appendTail(marker);
        return "bullet".equals(format(levels[level])) ? "" : marker.toString();
    }

    /** The levels of the list {@code numId} belongs to, by level number; null when the document defines none. */
    private CTLvl[] levels(BigInteger numId) {
        BigInteger abstractId = numbering == null ? null : numbering.getAbstractNumID(numId);
        XWPFAbstractNum list = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (list == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : list.getCTAbstractNum().getLvlArray()) {
            int index = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (index >= 0 && index < LEVELS) {
                levels[index] = lvl;
            }
        }
        return levels;
    }

    private static int start(CTLvl level) {
        return level.isSetStart() ? level.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl level) {
        return level == null || !level.isSetNumFmt() ? "decimal" : level.getNumFmt().getVal().toString();
    }
}
