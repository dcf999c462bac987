package org.fazhi.registry.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Report texts written as Word files with Apache POI, as an office would type them. */
public final class SampleWordFiles {

    /** 一、 headings and （一） items as a person types them; Word numbers them automatically. */
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern ITEM = Pattern.compile("^（[一二三四五六七八九十]+）");

    private SampleWordFiles() {
    }

    /**
     * {@code text} as a .docx whose section headings (一、) and items (（一）) are automatic Word numbering: the
     * markers are in numbering.xml, not in the paragraphs' text.
     */
    public static byte[] withAutomaticNumbering(String text) {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = chineseOutline(document.createNumbering());
            for (String line : SamplePages.lines(text)) {
                XWPFParagraph paragraph = document.createParagraph();
                Matcher heading = HEADING.matcher(line);
                Matcher item = ITEM.matcher(line);
                if (heading.find()) {
                    number(paragraph, list, 0);
                    line = line.substring(heading.end());
                } else if (item.find()) {
                    number(paragraph, list, 1);
                    line = line.substring(item.end());
                }
                paragraph.createRun().setText(line);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of {@code document} as Word saves them. */
    public static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    /** A two-level list: 一、 then （一）, both counted in Chinese numerals, the second restarting under the first. */
    private static BigInteger chineseOutline(XWPFNumbering numbering) {
        CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
        outline.setAbstractNumId(BigInteger.ONE);
        level(outline.addNewLvl(), 0, "%1、");
        level(outline.addNewLvl(), 1, "（%2）");
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outline)));
    }

    private static void level(CTLvl level, int index, String text) {
        level.setIlvl(BigInteger.valueOf(index));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        level.addNewLvlText().setVal(text);
    }

    private static void number(XWPFParagraph paragraph, BigInteger list, int level) {
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }
}
