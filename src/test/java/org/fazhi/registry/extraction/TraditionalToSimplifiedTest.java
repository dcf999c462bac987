package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast conversion gives exactly what opencc4j's own converter gives, phrases included. */
class TraditionalToSimplifiedTest {

    private static final String TRADITIONAL_SEED = "src/test/resources/seeds/003_73209fb26b9a5760.txt";

    @Test
    void shouldConvertPhrasesBeforeCharacters() {
        assertThat(TraditionalToSimplified.convert("一目瞭然的經濟開發區")).isEqualTo("一目了然的经济开发区");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_7d677dd81acf4c49", "001_ab3a3130f34335bf", "002_44d62b4e2cde1d86",
        "003_73209fb26b9a5760", "004_3ec005597ce203f5"})
    void shouldAgreeWithOpenccOnEverySample(String seed) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/seeds", seed + ".txt"), StandardCharsets.UTF_8);

        assertThat(TraditionalToSimplified.convert(text)).isEqualTo(ZhConverterUtil.toSimple(text));
    }

    @Property(tries = 200)
    void shouldAgreeWithOpenccOnShuffledTraditionalText(@ForAll @IntRange(min = 1, max = 400) int length,
            @ForAll long seed) throws IOException {
        List<String> characters = new ArrayList<>(List.of(
                Files.readString(Path.of(TRADITIONAL_SEED), StandardCharsets.UTF_8).split("")));
        Collections.shuffle(characters, new java.util.Random(seed));
        String text = String.join("", characters.subList(0, Math.min(length, characters.size())));

        assertThat(TraditionalToSimplified.convert(text)).isEqualTo(ZhConverterUtil.toSimple(text));
    }
}
