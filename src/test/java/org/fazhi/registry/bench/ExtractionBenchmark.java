package org.fazhi.registry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ReportParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The whole extraction pipeline over each sample report, on one thread. Target: at least 5,000 reports a
 * second on one core (≤ 200 µs for a 7 KB report). Run with bench/run-extraction.sh; results in
 * bench/RESULTS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ExtractionBenchmark {

    @Param({"000_7d677dd81acf4c49", "001_ab3a3130f34335bf", "002_44d62b4e2cde1d86", "003_73209fb26b9a5760",
            "004_3ec005597ce203f5"})
    public String seed;

    private final ReportParser parser = new ReportParser();
    private String text;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ExtractionBenchmark.class.getClassLoader().getResourceAsStream("seeds/" + seed + ".txt")) {
            if (in == null) {
                throw new IOException("no sample report " + seed);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public ParsedReport parse() {
        return parser.parse(text);
    }
}
