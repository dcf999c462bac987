package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.fazhi.registry.testing.Snapshot;
import org.junit.jupiter.api.Test;

/** The shipped term rarities are exactly those counted on the background reports. */
class TermRarityTableTest {

    private static final Path TABLE = Path.of("src/main/resources", TermRarity.RESOURCE);

    @Test
    void shouldShipTheRaritiesCountedOnTheBackgroundReports() throws IOException {
        String counted = TermRarity.count(BackgroundReports.paragraphs(), WordBigrams.INSTANCE).toTable();
        Snapshot.check(TABLE, counted, "rarity.update", "TermRarityTableTest");
    }

    @Test
    void shouldWeighWhatEveryReportSaysLessThanWhatFewSay() {
        TermRarity rarity = TermRarity.standard();

        assertThat(rarity.weight("执法")).isLessThan(rarity.weight("层级"));
        assertThat(rarity.weight("行政")).isLessThan(rarity.weight("听证"));
        assertThat(rarity.weight("从未")).isGreaterThanOrEqualTo(rarity.weight("层级"));
    }
}
