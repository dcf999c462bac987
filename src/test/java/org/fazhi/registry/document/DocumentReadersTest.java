package org.fazhi.registry.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.fazhi.registry.document.RefusedDocumentException.Reason;
import org.fazhi.registry.testing.SamplePages;
import org.fazhi.registry.testing.SampleReport;
import org.fazhi.registry.testing.SampleWordFiles;
import org.junit.jupiter.api.Test;

/** The format is read from the bytes; what is none of the three is refused with a reason the sender can act on. */
class DocumentReadersTest {

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void theFormatComesFromTheBytesNotTheDeclaredType() throws Exception {
        byte[] docx = SampleWordFiles.withAutomaticNumbering(SampleReport.text());
        assertThat(readers.read(docx, "application/octet-stream").format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(readers.read(docx, "application/msword").format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void aDeclaredTypeContradictingTheBytesIsRefused() {
        byte[] page = SamplePages.portalWithTable(SampleReport.text(), SampleReport.DISCLOSURE, "127.0.0.1:9");
        assertRefused(page, "application/pdf", Reason.UNSUPPORTED).hasMessageContaining("declared as application/pdf");
    }

    @Test
    void aWord97DocumentIsRefusedWithAdvice() {
        byte[] doc = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0, 0, 0};
        assertRefused(doc, "application/msword", Reason.UNSUPPORTED).hasMessageContaining("save it as .docx");
    }

    @Test
    void aZipArchiveIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("报告.txt"));
            zip.write("武定县司法局2024年法治政府建设工作报告".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(out.toByteArray(), "application/zip", Reason.UNSUPPORTED).hasMessageContaining("zip archive");
    }

    @Test
    void aProgramRenamedPdfIsRefused() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertRefused(program, "application/pdf", Reason.UNSUPPORTED).hasMessageContaining("a program");
    }

    @Test
    void plainTextIsNotADocument() {
        byte[] text = SampleReport.text().getBytes(StandardCharsets.UTF_8);
        assertRefused(text, "text/plain", Reason.UNSUPPORTED).hasMessageContaining("neither an HTML page");
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertRefused(damaged, null, Reason.UNSUPPORTED).hasMessageContaining("cannot be read as a PDF");
    }

    @Test
    void anEmptyFileAndAPageWithoutTextHaveNoText() {
        assertRefused(new byte[0], null, Reason.NO_TEXT);
        assertRefused("<html><body><img src=\"scan.png\"></body></html>".getBytes(StandardCharsets.UTF_8), null,
                Reason.NO_TEXT);
    }

    @Test
    void moreThanTwentyMegabytesAreRefusedBeforeReading() {
        byte[] large = new byte[DocumentReaders.MAX_BYTES + 1];
        assertRefused(large, "application/pdf", Reason.TOO_LARGE).hasMessageContaining("at most 20971520");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(byte[] content, String mediaType, Reason reason) {
        AbstractThrowableAssert<?, ? extends Throwable> refused = assertThatThrownBy(() -> readers.read(content, mediaType))
                .isInstanceOf(RefusedDocumentException.class);
        refused.extracting(e -> ((RefusedDocumentException) e).reason()).isEqualTo(reason);
        return refused;
    }
}
