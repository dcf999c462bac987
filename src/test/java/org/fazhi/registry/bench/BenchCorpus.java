package org.fazhi.registry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.registry.extraction.ReportParser;

/**
 * The read-path benchmark's 2,000 reports: 200 bodies (ten of each of 20 counties: the government, its
 * office, six bureaus, a development zone, a township) each reporting on every year from 2016 to 2025.
 * Each text is one of the five sample reports, headed with the body's own title and with its years
 * moved to the year reported on, so sizes, structure and extracted data are those of real reports.
 */
final class BenchCorpus {

    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    /**
     * Twenty real counties (GB/T 2260 code, name without 县), each in another province, whose names no other division
     * contains: registration checks the division code, and the name places the body in its county alone.
     */
    private static final Map<String, String> COUNTIES = orderedPairs("130132", "元氏", "140121", "清徐", "150821", "五原",
            "210124", "法库", "220422", "东辽", "230421", "萝北", "320324", "睢宁", "330122", "桐庐", "340822", "怀宁",
            "350121", "闽侯", "360424", "修水", "370124", "平阴", "410122", "中牟", "420322", "郧西", "430224", "茶陵",
            "440222", "始兴", "450224", "融安", "469022", "屯昌", "500231", "垫江", "510121", "金堂");
    /** The bodies of a county: name after the county's, and kind. */
    private static final List<String[]> BODIES = List.of(
            new String[] {"县人民政府", "GOVERNMENT"}, new String[] {"县人民政府办公室", "GOVERNMENT_OFFICE"},
            new String[] {"县司法局", "DEPARTMENT"}, new String[] {"县市场监督管理局", "DEPARTMENT"},
            new String[] {"县生态环境局", "DEPARTMENT"}, new String[] {"县交通运输局", "DEPARTMENT"},
            new String[] {"县应急管理局", "DEPARTMENT"}, new String[] {"县教育局", "DEPARTMENT"},
            new String[] {"经济开发区管理委员会", "DEVELOPMENT_ZONE"}, new String[] {"县城关镇人民政府", "TOWNSHIP"});
    /** A year the text reports on or names as a date: not one inside a range such as 2021－2025年. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9－-])(20[0-9]{2})(?=年|-[0-9]{2}-[0-9]{2})");

    /** A body of the benchmark: its name, kind and the GB/T 2260 code of its county. */
    record Body(String name, String kind, String division) {
    }

    /** A sample report and the year it reports on. */
    private record Sample(String text, int year) {
    }

    private final List<Sample> samples;

    BenchCorpus() {
        ReportParser parser = new ReportParser();
        this.samples = seeds().stream().map(t -> new Sample(t, parser.parse(t).metadata().reportYear())).toList();
    }

    static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        COUNTIES.forEach((code, county) -> {
            for (String[] body : BODIES) {
                bodies.add(new Body(county + body[0], body[1], code));
            }
        });
        return bodies;
    }

    /** The text {@code body} (the {@code index}-th) submits for {@code year}. */
    String text(Body body, int index, int year) {
        Sample sample = samples.get((index + year) % samples.size());
        Matcher years = YEAR.matcher(sample.text());
        StringBuilder moved = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(moved, String.valueOf(Integer.parseInt(years.group(1)) + year - sample.year()));
        }
        years.appendTail(moved);
        return body.name() + "关于" + year + "年法治政府建设工作情况的报告\n" + moved;
    }

    private static Map<String, String> orderedPairs(String... keysAndValues) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return pairs;
    }

    private static List<String> seeds() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(BenchCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
