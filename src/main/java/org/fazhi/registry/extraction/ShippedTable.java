package org.fazhi.registry.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a table the service ships as a class-path resource, counted from the background reports by a test. */
final class ShippedTable {

    /** Reads the lines of a table into its value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(BufferedReader lines) throws IOException;
    }

    private ShippedTable() {
    }

    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = ShippedTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return reader.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
