package org.fazhi.registry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.registry.extraction.FollowUpMatcher;

/** Scratch: thread CPU time of the whole-plan follow-up, less sensitive to a shared machine than wall time. */
public class CpuCost {
    public static void main(String[] args) throws Exception {
        List<String[]> pairs = Files.readAllLines(Path.of("src/test/resources/followup/evaluation/pairs.tsv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(l -> l.split("\t")).map(f -> new String[] {f[4], f[5]}).toList();
        int items = 3000;
        List<String> itemTexts = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            itemTexts.add(pairs.get(i % pairs.size())[1] + "全年共办理" + (i + 17) + "件。" + pairs.get((i * 7 + 3) % pairs.size())[1]);
        }
        List<String> commitments = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            commitments.add(pairs.get((i * 5 + 1) % pairs.size())[0]);
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 6; round++) {
            long t0 = bean.getCurrentThreadCpuTime();
            FollowUpMatcher matcher = FollowUpMatcher.over(itemTexts);
            long t1 = bean.getCurrentThreadCpuTime();
            int found = 0;
            for (String c : commitments) {
                found += matcher.best(null, c, 3).size();
            }
            long t2 = bean.getCurrentThreadCpuTime();
            System.out.printf("round %d: index %d ms, 3000 commitments %d ms (%d µs each), found %d%n", round,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t1) / 3000 / 1000, found);
        }
    }
}
