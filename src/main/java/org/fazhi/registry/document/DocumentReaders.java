package org.fazhi.registry.document;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fazhi.registry.document.RefusedDocumentException.Reason;

/**
 * Reads a published report from its bytes: tells the format from the bytes, checks it against the type the
 * sender declared, and hands it to the reader of that format. Stateless and thread-safe.
 */
public final class DocumentReaders {

    /** 20 MiB: several times the largest published report with its images. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Declared media types that name a supported format; any other declared type leaves the choice to the bytes. */
    private static final Map<String, DocumentFormat> DECLARED = Map.of(
            "text/html", DocumentFormat.HTML,
            "application/xhtml+xml", DocumentFormat.HTML,
            DocumentFormat.DOCX.mediaType(), DocumentFormat.DOCX,
            "application/pdf", DocumentFormat.PDF,
            "application/x-pdf", DocumentFormat.PDF);

    private final FormatDetector detector = new FormatDetector();
    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);

    public DocumentReaders() {
        this(List.of(new HtmlReader(), new DocxReader(), new PdfReader()));
    }

    DocumentReaders(List<DocumentReader> readers) {
        readers.forEach(reader -> this.readers.put(reader.format(), reader));
    }

    /**
     * Reads {@code content}.
     *
     * @param declaredMediaType the type the sender declared, e.g. {@code text/html; charset=GBK}; a supported type
     *        that contradicts the bytes is refused, others (application/octet-stream …) are ignored
     */
    public ReadDocument read(byte[] content, String declaredMediaType) throws RefusedDocumentException {
        if (content.length == 0) {
            throw new RefusedDocumentException(Reason.NO_TEXT, "the document is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedDocumentException(Reason.TOO_LARGE,
                    "the document has " + content.length + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        DocumentFormat format = detector.detect(content).orElseThrow(() -> new RefusedDocumentException(
                Reason.UNSUPPORTED, "the content is " + detector.describe(content)));
        Optional<DocumentFormat> declared = declaredFormat(declaredMediaType);
        if (declared.isPresent() && declared.get() != format) {
            throw new RefusedDocumentException(Reason.UNSUPPORTED, "the document is declared as "
                    + declared.get().mediaType() + " but its content is " + format.mediaType());
        }
        ReadDocument read = readers.get(format).read(content);
        if (read.text().codePoints().noneMatch(Character::isLetter)) {
            throw new RefusedDocumentException(Reason.NO_TEXT, format == DocumentFormat.PDF
                    ? "the PDF has no text layer (a scan?): send the file it was printed from, or one with recognised text"
                    : "the document contains no text");
        }
        return read;
    }

    private static Optional<DocumentFormat> declaredFormat(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int parameters = mediaType.indexOf(';');
        String essence = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(DECLARED.get(essence));
    }
}
