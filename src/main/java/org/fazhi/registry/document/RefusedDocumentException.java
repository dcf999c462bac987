package org.fazhi.registry.document;

/** A document the registry does not read, and why; the message is written for the person who sent it. */
public final class RefusedDocumentException extends Exception {

    /** Why a document is refused. */
    public enum Reason {
        /** Not an HTML page, a .docx or a PDF file, or damaged, encrypted or contradicting its declared type. */
        UNSUPPORTED,
        /** Read, but without text: a scanned PDF without a text layer, an empty page. */
        NO_TEXT,
        /** Beyond a limit: bytes, pages, reading time, or the expansion of a compressed file. */
        TOO_LARGE
    }

    private final Reason reason;

    public RefusedDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RefusedDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
