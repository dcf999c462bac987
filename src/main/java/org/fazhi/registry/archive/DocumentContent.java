package org.fazhi.registry.archive;

/** The bytes of a submitted document, with their size known before they are decoded or read. */
public interface DocumentContent {

    /** The size of the bytes, in bytes. */
    long size();

    /**
     * The bytes themselves.
     *
     * @throws IllegalArgumentException when the content as sent cannot be decoded
     */
    byte[] bytes();
}
