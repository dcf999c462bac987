package org.fazhi.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A committed file that must equal what the code produces; a system property rewrites it for review. */
public final class Snapshot {

    private Snapshot() {
    }

    /**
     * Fails when {@code committed} differs from {@code produced}; with {@code -D<updateProperty>=true} writes
     * {@code produced} to it first.
     */
    public static void check(Path committed, String produced, String updateProperty, String test) throws IOException {
        if (Boolean.getBoolean(updateProperty)) {
            Files.writeString(committed, produced, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("%s is stale; run `./mvnw test -Dtest=%s -D%s=true` and review the diff", committed, test, updateProperty)
                .isEqualTo(produced);
    }
}
