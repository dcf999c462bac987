package org.fazhi.registry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fazhi.registry.extraction.FollowUpMatcher;
import org.fazhi.registry.extraction.Match;
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
 * The follow-up of a whole plan against a whole later report, on one thread: index the report's items once,
 * then find the best three items of every commitment. Target: 3,000 commitments against 3,000 items in under
 * 2 s on one core. The texts are the evaluation set's commitments and items, each item joined with another and
 * a figure (about 100 characters, like a report's item), so every term recurs many times: a heavier index than
 * a real report's. Run with bench/run-jmh.sh FollowUpMatcherBenchmark; results in bench/RESULTS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Threads(1)
public class FollowUpMatcherBenchmark {

    @Param({"300", "3000"})
    public int items;

    @Param({"3000"})
    public int commitments;

    private List<String> itemTexts;
    private List<String[]> commitmentTexts;
    private FollowUpMatcher indexed;
    private int next;

    @Setup
    public void load() throws IOException {
        List<String[]> pairs = pairs();
        itemTexts = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            itemTexts.add(pairs.get(i % pairs.size())[1] + "全年共办理" + (i + 17) + "件。"
                    + pairs.get((i * 7 + 3) % pairs.size())[1]);
        }
        commitmentTexts = new ArrayList<>();
        for (int i = 0; i < commitments; i++) {
            commitmentTexts.add(pairs.get((i * 5 + 1) % pairs.size()));
        }
        indexed = FollowUpMatcher.over(itemTexts);
    }

    /** Index the later report once and follow every commitment of the plan into it. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int wholePlan() {
        FollowUpMatcher matcher = FollowUpMatcher.over(itemTexts);
        int found = 0;
        for (String[] commitment : commitmentTexts) {
            found += matcher.best(null, commitment[0], 3).size();
        }
        return found;
    }

    /** Index the later report alone: segmenting and reading each item once, the part linear in the items. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FollowUpMatcher indexReport() {
        return FollowUpMatcher.over(itemTexts);
    }

    /** One commitment against an indexed report: the cost per commitment. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Match> oneCommitment() {
        String[] commitment = commitmentTexts.get(next++ % commitmentTexts.size());
        return indexed.best(null, commitment[0], 3);
    }

    /** The commitments (column 5) and items (column 6) of the evaluation set. */
    private static List<String[]> pairs() throws IOException {
        try (InputStream in = FollowUpMatcherBenchmark.class.getClassLoader()
                .getResourceAsStream("followup/evaluation/pairs.tsv")) {
            if (in == null) {
                throw new IOException("no evaluation set on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split("\t"))
                    .map(f -> new String[] {f[4], f[5]}).toList();
        }
    }
}
