package org.fazhi.registry.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Report texts printed to PDF with Apache PDFBox the way office software prints them: A4, lines wrapped at the
 * margin, paragraphs opening two characters in, the title centred, the signature at the right; optionally a
 * running header and a page number (— 1 —) on every page. The Chinese font is referenced, not embedded (as
 * many government PDFs do), with a ToUnicode map, so the text layer is real and the file small.
 */
public final class SamplePdfs {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float MARGIN = 72;
    private static final float EM = 15;
    private static final int PER_LINE = (int) ((WIDTH - 2 * MARGIN) / EM);
    private static final float LEADING = 26;
    private static final float TOP = 760;
    private static final float BOTTOM = 90;
    private static final int SIGNATURE_LINES = 2;

    private final PDDocument document = new PDDocument();
    private final COSDictionary font;
    private final String header;
    private final boolean pageNumbers;
    private final List<StringBuilder> pages = new ArrayList<>();
    private float y;

    private SamplePdfs(String header, boolean pageNumbers) {
        this.font = SampleCidFont.create(document);
        this.header = header;
        this.pageNumbers = pageNumbers;
    }

    /** {@code text} printed to as many pages as it needs, with the given running header (or none) and page numbers. */
    public static byte[] printed(String text, String header, boolean pageNumbers) {
        SamplePdfs pdf = new SamplePdfs(header, pageNumbers);
        List<String> lines = SamplePages.lines(text);
        pdf.newPage();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0) {
                pdf.line(line, (WIDTH - line.length() * EM) / 2);
            } else if (i >= lines.size() - SIGNATURE_LINES) {
                pdf.line(line, WIDTH - MARGIN - line.length() * EM);
            } else if (line.endsWith("：") && line.length() < PER_LINE) {
                pdf.line(line, MARGIN); // the addressee stands at the margin
            } else {
                pdf.paragraph(line);
            }
        }
        return pdf.save();
    }

    /** A PDF of {@code pages} pages, each with one line of text. */
    public static byte[] withPages(int pages) {
        SamplePdfs pdf = new SamplePdfs(null, false);
        for (int i = 1; i <= pages; i++) {
            pdf.newPage();
            pdf.line("第" + i + "页的内容", MARGIN);
        }
        return pdf.save();
    }

    /** A scanned page: an image and no text layer. */
    public static byte[] scanned() {
        try (PDDocument scan = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            scan.addPage(page);
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            image.getGraphics().drawString("scan", 20, 20);
            try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                content.drawImage(LosslessFactory.createFromImage(scan, image), MARGIN, 200, 400, 560);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(String text) {
        int first = PER_LINE - 2;
        line(text.substring(0, Math.min(first, text.length())), MARGIN + 2 * EM);
        for (int from = first; from < text.length(); from += PER_LINE) {
            line(text.substring(from, Math.min(from + PER_LINE, text.length())), MARGIN);
        }
    }

    private void line(String text, float x) {
        if (y < BOTTOM) {
            newPage();
        }
        show(pages.get(pages.size() - 1), text, EM, x, y);
        y -= LEADING;
    }

    private void newPage() {
        StringBuilder content = new StringBuilder();
        pages.add(content);
        int number = pages.size();
        if (header != null) {
            show(content, header, 10.5f, (WIDTH - header.length() * 10.5f) / 2, 800);
        }
        if (pageNumbers) {
            String folio = "— " + number + " —";
            show(content, folio, 10.5f, (WIDTH - folio.length() * 10.5f) / 2, 50);
        }
        y = TOP;
    }

    /** One line in the content stream: the font's codes are the UTF-16 units of the text. */
    private static void show(StringBuilder content, String text, float size, float x, float y) {
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_16BE));
        content.append("BT /F1 ").append(size).append(" Tf 1 0 0 1 ").append(x).append(' ').append(y)
                .append(" Tm <").append(hex).append("> Tj ET\n");
    }

    private byte[] save() {
        try (document) {
            for (StringBuilder content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                PDStream stream = new PDStream(document);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                document.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Type0 font over the non-embedded STSong-Light, every code its own Unicode value. */
    private static final class SampleCidFont {

        private static final int RANGES_PER_BLOCK = 100;

        static COSDictionary create(PDDocument document) {
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "STSong-Light");
            descriptor.setInt(COSName.FLAGS, 4);
            descriptor.setItem(COSName.FONT_BBOX, array(0, -200, 1000, 900));
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 880);
            descriptor.setInt(COSName.STEM_V, 80);
            COSDictionary systemInfo = new COSDictionary();
            systemInfo.setString(COSName.REGISTRY, "Adobe");
            systemInfo.setString(COSName.ORDERING, "Identity");
            systemInfo.setInt(COSName.SUPPLEMENT, 0);
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            cidFont.setName(COSName.BASE_FONT, "STSong-Light");
            cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            cidFont.setInt(COSName.DW, 1000);
            cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "STSong-Light");
            font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            font.setItem(COSName.TO_UNICODE, toUnicode(document));
            return font;
        }

        /** Code n means the character U+n: one range per high byte. */
        private static COSStream toUnicode(PDDocument document) {
            StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            for (int block = 0; block < 256; block += RANGES_PER_BLOCK) {
                int end = Math.min(256, block + RANGES_PER_BLOCK);
                cmap.append(end - block).append(" beginbfrange\n");
                for (int high = block; high < end; high++) {
                    cmap.append(String.format("<%02X00> <%02XFF> <%02X00>%n", high, high, high));
                }
                cmap.append("endbfrange\n");
            }
            cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return stream;
        }

        private static COSArray array(int... values) {
            COSArray array = new COSArray();
            for (int v : values) {
                array.add(COSInteger.get(v));
            }
            return array;
        }
    }
}
