package org.fazhi.registry.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five sample reports and their gold annotations on the test classpath. */
final class Seeds {

    private Seeds() {
    }

    /** The base names of the sample reports: 000_7d677dd81acf4c49 …. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(directory("seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return read(directory("seeds").resolve(name + ".txt"));
    }

    static String gold(String name) {
        return read(directory("gold").resolve(name + ".json"));
    }

    /** A test text of our own under src/test/resources/extraction. */
    static String sample(String file) {
        return read(directory("extraction").resolve(file));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String name) {
        try {
            return Path.of(Seeds.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
