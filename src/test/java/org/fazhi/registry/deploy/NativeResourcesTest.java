package org.fazhi.registry.deploy;

import com.github.houbb.nlp.common.format.impl.ChineseTsCharFormat;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.fazhi.registry.division.DivisionFile;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image holds only the classpath resources it is told about: every dictionary the conversion library
 * and the word segmenter load at run time must match {@code quarkus.native.resources.includes}, and what the
 * segmenter deserializes must be registered for it.
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

    @Test
    void theSegmenterDictionariesAreIncludedAndWhatTheyHoldIsRegisteredForDeserialization() throws Exception {
        List<Pattern> includes = includes();
        List<String> dictionaries = resources(HHMMSegmenter.class, ".mem");
        RegisterForReflection registration = Class.forName("org.fazhi.registry.nativeimage.SegmenterSerialization")
                .getAnnotation(RegisterForReflection.class);

        assertThat(dictionaries).as("dictionaries found in the segmenter's jar").hasSize(2);
        assertThat(dictionaries).allSatisfy(name ->
                assertThat(includes).as("a pattern including %s", name).anyMatch(p -> p.matcher(name).matches()));
        assertThat(registration.serialization()).isTrue();
        for (String dictionary : dictionaries) {
            assertThat(registration.targets()).as("classes registered for %s", dictionary)
                    .contains(classesDeserializedFrom(dictionary).toArray(Class<?>[]::new));
        }
    }

    /** Every class whose description the serialized resource {@code name} holds, read as the segmenter reads it. */
    private static Set<Class<?>> classesDeserializedFrom(String name) throws IOException, ClassNotFoundException {
        Set<Class<?>> classes = new HashSet<>();
        try (InputStream resource = NativeResourcesTest.class.getClassLoader().getResourceAsStream(name);
                ObjectInputStream in = new ObjectInputStream(resource) {
                    @Override
                    protected Class<?> resolveClass(ObjectStreamClass description)
                            throws IOException, ClassNotFoundException {
                        Class<?> type = super.resolveClass(description);
                        classes.add(type);
                        return type;
                    }
                }) {
            while (true) {
                in.readObject();
            }
        } catch (EOFException end) {
            return classes;
        }
    }

    /** The text resources in the jar that holds {@code type}. */
    private static List<String> dictionaries(Class<?> type) throws IOException {
        return resources(type, ".txt");
    }

    /** The resources whose names end with {@code suffix} in the jar that holds {@code type}. */
    private static List<String> resources(Class<?> type, String suffix) throws IOException {
        Path jar;
        try {
            jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(suffix) && !name.startsWith("META-INF/"))
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
