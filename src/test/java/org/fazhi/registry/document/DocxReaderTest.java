package org.fazhi.registry.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fazhi.registry.document.RefusedDocumentException.Reason;
import org.fazhi.registry.testing.CountingServer;
import org.fazhi.registry.testing.SampleReport;
import org.fazhi.registry.testing.SampleWordFiles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word files written with POI: automatic numbering, tables, and the files made to attack a reader. */
class DocxReaderTest {

    private static final String TEXT = SampleReport.text();
    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void automaticNumberingIsPrintedAndTheTextParsesAsThePlainText() throws Exception {
        ReadDocument read = readers.read(SampleWordFiles.withAutomaticNumbering(TEXT), null);

        assertThat(read.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(read.text()).isEqualTo(String.join("\n", TEXT.lines().toList()) + "\n");
        SameReport.assertParsesAs(read, TEXT);
    }

    @Test
    void decimalNumberingWithTwoLevelsReadsOneDotOne() throws Exception {
        assertThat(numbered(STNumberFormat.DECIMAL, "%1.", STNumberFormat.DECIMAL, "%1.%2"))
                .isEqualTo("1.加强组织领导\n1.1召开专题会议\n1.2听取工作汇报\n2.完善制度建设\n2.1修订议事规则\n");
    }

    @Test
    void circledAndParenthesisedNumberingReadsAsPrinted() throws Exception {
        assertThat(numbered(STNumberFormat.DECIMAL, "(%1)", STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%2"))
                .isEqualTo("(1)加强组织领导\n①召开专题会议\n②听取工作汇报\n(2)完善制度建设\n①修订议事规则\n");
    }

    @Test
    void chineseCountingPastTenReadsAsWritten() throws Exception {
        String text = numbered(STNumberFormat.CHINESE_COUNTING, "第%1条", STNumberFormat.CHINESE_COUNTING, "（%2）");
        assertThat(text).startsWith("第一条加强组织领导\n（一）召开专题会议\n（二）听取工作汇报\n第二条");
        assertThat(NumberFormats.chinese(11)).isEqualTo("十一");
        assertThat(NumberFormats.chinese(20)).isEqualTo("二十");
        assertThat(NumberFormats.chinese(35)).isEqualTo("三十五");
    }

    @Test
    void tableRowsAreLinesOfCells() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("一、主要举措和成效");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("数量");
            table.getRow(1).getCell(0).setText("法律援助案件");
            table.getRow(1).getCell(1).setText("210件");
            document.createParagraph().createRun().setText("二、存在的问题和不足");

            String text = readers.read(SampleWordFiles.bytes(document), null).text();

            assertThat(text).isEqualTo("一、主要举措和成效\n项目 | 数量\n法律援助案件 | 210件\n二、存在的问题和不足\n");
        }
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        try (CountingServer server = new CountingServer()) {
            byte[] attack = withDocumentType(SampleWordFiles.withAutomaticNumbering(TEXT),
                    "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"http://" + server.host() + "/entity\">]>", "&xxe;");

            assertThatThrownBy(() -> readers.read(attack, null)).isInstanceOf(RefusedDocumentException.class)
                    .extracting(e -> ((RefusedDocumentException) e).reason()).isEqualTo(Reason.UNSUPPORTED);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void aPartThatExpandsBeyondAHundredTimesIsRefused() throws Exception {
        byte[] bomb = zip(1, 10 * 1024 * 1024);
        assertRefusedAsTooLarge(bomb, "expands more than 100 times");
    }

    @Test
    void partsExpandingBeyondAHundredMegabytesInAllAreRefused() throws Exception {
        byte[] bomb = zip(110, 1_000_000);
        assertRefusedAsTooLarge(bomb, "bytes when expanded");
    }

    @Test
    void moreThanAThousandPartsAreRefused() throws Exception {
        byte[] bomb = zip(1_001, 10);
        assertRefusedAsTooLarge(bomb, "more than 1000 parts");
    }

    private void assertRefusedAsTooLarge(byte[] content, String message) {
        assertThat(content.length).isLessThan(DocumentReaders.MAX_BYTES);
        assertThatThrownBy(() -> readers.read(content, null)).isInstanceOf(RefusedDocumentException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RefusedDocumentException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    /** A zip that looks like a Word package: word/document.xml and {@code parts} entries of {@code size} blanks. */
    private static byte[] zip(int parts, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] blanks = new byte[size];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? "word/document.xml" : "word/media/part" + i + ".xml"));
                zip.write(blanks);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** {@code docx} with a document type declaration before the document element and {@code reference} in its text. */
    private static byte[] withDocumentType(byte[] docx, String doctype, String reference) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<w:document");
                    xml = xml.substring(0, root) + doctype + xml.substring(root);
                    bytes = xml.replaceFirst("<w:t>", "<w:t>" + reference).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Two numbered headings with sub-items in the given formats and level texts, read back. */
    private String numbered(STNumberFormat.Enum first, String firstText, STNumberFormat.Enum second, String secondText)
            throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.TWO);
            level(list.addNewLvl(), 0, first, firstText);
            level(list.addNewLvl(), 1, second, secondText);
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
            String[][] lines = {{"0", "加强组织领导"}, {"1", "召开专题会议"}, {"1", "听取工作汇报"}, {"0", "完善制度建设"},
                    {"1", "修订议事规则"}};
            for (String[] line : lines) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(numId);
                paragraph.setNumILvl(new BigInteger(line[0]));
                paragraph.createRun().setText(line[1]);
            }
            return readers.read(SampleWordFiles.bytes(document), null).text();
        }
    }

    private static void level(CTLvl level, int index, STNumberFormat.Enum format, String text) {
        level.setIlvl(BigInteger.valueOf(index));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }
}
