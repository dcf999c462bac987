package org.fazhi.registry.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sample and background reports: whole, or as paragraphs normalised as the parser reads them. */
final class BackgroundReports {

    private BackgroundReports() {
    }

    /** Each report's text as published. */
    static List<String> reports() {
        return texts().stream().map(BackgroundReports::read).toList();
    }

    static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        Normaliser normaliser = new Normaliser();
        for (String text : reports()) {
            normaliser.normalise(text).text().lines().filter(l -> !l.isBlank()).forEach(paragraphs::add);
        }
        return paragraphs;
    }

    private static List<Path> texts() {
        List<Path> texts = new ArrayList<>();
        for (String directory : List.of("seeds", "background")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", directory))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
