package org.fazhi.registry.deploy;

import com.github.houbb.nlp.common.format.impl.ChineseTsCharFormat;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.fazhi.registry.division.DivisionFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image holds only the classpath resources it is told about: every dictionary the conversion library
 * loads at run time must match {@code quarkus.native.resources.includes}.
 */
class NativeResourcesTest {

    private static final ProjectConfig PROJECT = ProjectConfig.load();

    private static List<Pattern> includes() {
        return Arrays.stream(PROJECT.setting("quarkus.native.resources.includes", "").split(","))
                .map(String::trim)
                .filter(glob -> !glob.isEmpty())
                .map(NativeResourcesTest::globToRegex)
                .toList();
    }

    @Test
    void theDivisionTableTheMigrationLoadsIsIncludedInTheNativeImage() {
        assertThat(includes()).anyMatch(p -> p.matcher(DivisionFile.RESOURCE).matches());
        assertThat(NativeResourcesTest.class.getClassLoader().getResource(DivisionFile.RESOURCE)).isNotNull();
    }

    @Test
    void everyConversionDictionaryIsIncludedInTheNativeImage() throws IOException {
        List<Pattern> includes = includes();

        List<String> dictionaries = dictionaries(ZhConverterUtil.class);
        dictionaries.addAll(dictionaries(ChineseTsCharFormat.class));

        assertThat(dictionaries).as("dictionaries found in the library jars").hasSizeGreaterThan(10)
                .contains("data/dictionary/STPhrases.txt", "nlp/chinese_ts_char.txt");
        assertThat(dictionaries).allSatisfy(name ->
                assertThat(includes).as("a pattern including %s", name).anyMatch(p -> p.matcher(name).matches()));
    }

    /** The text resources in the jar that holds {@code type}. */
    private static List<String> dictionaries(Class<?> type) throws IOException {
        Path jar;
        try {
            jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(".txt") && !name.startsWith("META-INF/"))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    /** Quarkus resource globs: {@code *} stays within a directory, {@code **} crosses directories. */
    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
