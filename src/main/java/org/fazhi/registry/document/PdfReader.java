package org.fazhi.registry.document;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.fazhi.registry.document.RefusedDocumentException.Reason;

/**
 * Reads a report sent as a PDF with Apache PDFBox: the text layer in reading order, page numbers and running
 * headers and footers removed, lines joined back into paragraphs. Limited in pages, reading time and memory,
 * so that no file can hold the service; a PDF without a text layer (a scan) yields no text.
 */
final class PdfReader implements DocumentReader {

    static final int MAX_PAGES = 500;
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** Decoded streams are held in memory, up to this much. */
    private static final long MAX_MEMORY = 256L * 1024 * 1024;

    private final int maxPages;
    private final Duration timeLimit;

    PdfReader() {
        this(MAX_PAGES, TIME_LIMIT);
    }

    PdfReader(int maxPages, Duration timeLimit) {
        this.maxPages = maxPages;
        this.timeLimit = timeLimit;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public ReadDocument read(byte[] content) throws RefusedDocumentException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            if (pdf.getNumberOfPages() > maxPages) {
                throw new RefusedDocumentException(Reason.TOO_LARGE,
                        "the PDF has " + pdf.getNumberOfPages() + " pages; at most " + maxPages + " are read");
            }
            PdfLineCollector collector = new PdfLineCollector(deadline);
            collector.writeText(pdf, Writer.nullWriter());
            return new ReadDocument(DocumentFormat.PDF, PdfParagraphs.join(PageFurniture.strip(collector.pages())),
                    Map.of());
        } catch (InvalidPasswordException e) {
            throw new RefusedDocumentException(Reason.UNSUPPORTED, "the PDF is protected by a password", e);
        } catch (PdfLineCollector.PdfTimeLimitException e) {
            throw new RefusedDocumentException(Reason.TOO_LARGE,
                    "the PDF could not be read within " + timeLimit.toSeconds() + " s", e);
        } catch (IOException | RuntimeException e) {
            throw new RefusedDocumentException(Reason.UNSUPPORTED, "the file cannot be read as a PDF: " + e.getMessage(), e);
        }
    }
}
