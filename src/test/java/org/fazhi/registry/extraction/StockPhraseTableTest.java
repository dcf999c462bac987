package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.fazhi.registry.testing.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The shipped stock phrases are exactly those learnt from the background reports. Learn them before counting the
 * term rarities, which are counted on text whose stock phrases are breaks:
 * {@code ./mvnw test -Dtest=StockPhraseTableTest -Dstock.update=true}, then {@code TermRarityTableTest}.
 */
class StockPhraseTableTest {

    private static final Path TABLE = Path.of("src/main/resources", StockPhrases.RESOURCE);

    @Test
    void shouldShipThePhrasesLearntFromTheBackgroundReports() throws IOException {
        String learnt = StockPhrases.learn(BackgroundReports.reports()).toTable();
        Snapshot.check(TABLE, learnt, "stock.update", "StockPhraseTableTest");
    }

    @Test
    void shouldLearnTheFormulasThatFrameReportsAndNotWhatTheyReport() {
        assertThat(StockPhrases.standard().phrases())
                .contains("以习近平新时代中国特色社会主义思想", "深入学习贯彻", "治理体系和治理能力现代化", "重大决策部署")
                .doesNotContain("行政执法", "重大决策", "规范性文件", "合法性审查");
    }
}
