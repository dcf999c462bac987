package org.fazhi.registry.document;

/** Reads the text and the stated metadata of one document format. Implementations are stateless and thread-safe. */
public interface DocumentReader {

    /** The format this reader reads. */
    DocumentFormat format();

    /**
     * Reads {@code content}, which {@link FormatDetector} recognised as this reader's format.
     *
     * @throws RefusedDocumentException when the document cannot or must not be read: damaged, encrypted,
     *         without text, or beyond the limits that protect the service
     */
    ReadDocument read(byte[] content) throws RefusedDocumentException;
}
