package org.fazhi.registry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample report the document tests publish as pages and files (src/test/resources/document/report.txt). */
public final class SampleReport {

    /** Its disclosure as the sample pages state it. */
    public static final SamplePages.Disclosure DISCLOSURE = new SamplePages.Disclosure(
            "11532329MB1C12345X/2025-00012", "武定县司法局", "2025-02-10", "2025-02-12");

    private SampleReport() {
    }

    public static String text() {
        try (InputStream in = SampleReport.class.getClassLoader().getResourceAsStream("document/report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
