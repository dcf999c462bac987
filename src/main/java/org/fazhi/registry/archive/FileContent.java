package org.fazhi.registry.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document uploaded as a file part, read from where the HTTP layer stored it only when needed. */
record FileContent(Path file, long size) implements DocumentContent {

    @Override
    public byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
