package org.fazhi.registry.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fazhi.registry.document.RefusedDocumentException.Reason;
import org.fazhi.registry.testing.SamplePdfs;
import org.fazhi.registry.testing.SampleReport;
import org.junit.jupiter.api.Test;

/** PDFs printed with PDFBox: wrapped lines, page breaks, running headers and page numbers, scans, limits. */
class PdfReaderTest {

    private static final String TEXT = SampleReport.text();
    private static final String PLAIN = String.join("\n", TEXT.lines().toList()) + "\n";
    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void aTwoPagePdfWithHeadersAndPageNumbersReadsAsTheTextItWasPrintedFrom() throws Exception {
        byte[] pdf = SamplePdfs.printed(TEXT, "武定县人民政府信息公开", true);
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertThat(printed.getNumberOfPages()).isEqualTo(2);
        }

        ReadDocument read = readers.read(pdf, "application/pdf");

        assertThat(read.text()).isEqualTo(PLAIN);
        SameReport.assertParsesAs(read, TEXT);
    }

    @Test
    void wrappedLinesJoinWithoutBlanksAndPageFurnitureIsGone() throws Exception {
        String text = readers.read(SamplePdfs.printed(TEXT, "第一季度工作简报", true), null).text();

        assertThat(text).doesNotContain("— 1 —", "— 2 —", "第一季度工作简报", " ")
                .contains("全县各级人民调解组织共排查矛盾纠纷860件，调解成功842件");
    }

    @Test
    void aPdfWithoutHeaderOrPageNumbersReadsTheSame() throws Exception {
        assertThat(readers.read(SamplePdfs.printed(TEXT, null, false), null).text()).isEqualTo(PLAIN);
    }

    @Test
    void pageNumbersInTheirUsualFormsAreRecognised() {
        List<PdfLine> first = List.of(line("第1页 共2页"), line("一、主要举措和成效"), line("- 1 -"));
        List<PdfLine> second = List.of(line("2/2"), line("二、存在的问题和不足"), line("Page 2 of 2"));

        assertThat(PageFurniture.strip(List.of(first, second))).extracting(page -> page.get(0).text())
                .containsExactly("一、主要举措和成效", "二、存在的问题和不足");
    }

    @Test
    void latinWordsKeepTheirBlankAndLoseTheirHyphen() {
        List<PdfLine> lines = List.of(new PdfLine("依托 Government Information", 72, 522, 15),
                new PdfLine("Platform 平台开展公开，推进 inter-", 72, 522, 15), new PdfLine("operable 数据共享。", 72, 300, 15));

        assertThat(PdfParagraphs.join(List.of(lines))).isEqualTo("依托 Government Information Platform 平台开展公开，推进 interoperable 数据共享。\n");
    }

    @Test
    void aScannedPdfHasNoText() {
        assertThatThrownBy(() -> readers.read(SamplePdfs.scanned(), "application/pdf"))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("no text layer")
                .extracting(e -> ((RefusedDocumentException) e).reason()).isEqualTo(Reason.NO_TEXT);
    }

    @Test
    void morePagesThanTheLimitAreRefused() {
        assertThatThrownBy(() -> readers.read(SamplePdfs.withPages(PdfReader.MAX_PAGES + 1), null))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("at most 500 are read")
                .extracting(e -> ((RefusedDocumentException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void readingStopsAtTheTimeLimit() {
        PdfReader unpatient = new PdfReader(PdfReader.MAX_PAGES, Duration.ZERO);

        assertThatThrownBy(() -> unpatient.read(SamplePdfs.printed(TEXT, null, false)))
                .isInstanceOf(RefusedDocumentException.class).hasMessageContaining("could not be read within")
                .extracting(e -> ((RefusedDocumentException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    private static PdfLine line(String text) {
        return new PdfLine(text, 72, 72 + 15 * text.length(), 15);
    }
}
