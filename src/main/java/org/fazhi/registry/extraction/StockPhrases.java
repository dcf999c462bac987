package org.fazhi.registry.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stock phrases of annual reports, learnt from published ones rather than listed by hand: runs of words
 * (以习近平新时代中国特色社会主义思想为指导, 深入学习贯彻, 治理体系和治理能力现代化) that many reports, whatever their
 * body and field of work, write in the text that frames their work (the preamble and each section's lead), at
 * least as often as in their numbered items. A phrase that frames every report says nothing about what one
 * commitment promises; 行政执法 or 重大决策, written mostly in items, are what reports are about and stay terms.
 */
public final class StockPhrases {

    /** The phrases shipped with the service, learnt by {@code StockPhraseTableTest} from the background reports. */
    static final String RESOURCE = "/extraction/stock-phrases.tsv";
    /** A phrase framing fewer reports than this may be one body's own wording. */
    static final int MIN_REPORTS = 4;
    /** Shorter runs (的主要, 区政府) are pieces of phrases, not phrases. */
    static final int MIN_CHARACTERS = 4;
    /** The longest run of words counted. */
    static final int MAX_WORDS = 6;

    private final int reports;
    private final Map<String, int[]> counts;

    private StockPhrases(int reports, Map<String, int[]> counts) {
        this.reports = reports;
        this.counts = Map.copyOf(counts);
    }

    /** The shipped phrases. */
    public static StockPhrases standard() {
        return Standard.INSTANCE;
    }

    /**
     * Learns the phrases of {@code reports}: for each run of two to {@link #MAX_WORDS} words, in how many reports'
     * framing and in how many reports' items it occurs; kept when it frames at least {@link #MIN_REPORTS} reports
     * and no more reports hold it in their items.
     */
    public static StockPhrases learn(List<String> reports) {
        ReportParser parser = new ReportParser();
        Map<String, int[]> counts = new HashMap<>();
        for (String report : reports) {
            ReportFraming parts = ReportFraming.of(parser.parse(report));
            runs(parts.framing()).forEach(run -> counts.computeIfAbsent(run, k -> new int[2])[0]++);
            runs(parts.items()).forEach(run -> counts.computeIfAbsent(run, k -> new int[2])[1]++);
        }
        counts.values().removeIf(c -> c[0] < MIN_REPORTS || c[1] > c[0]);
        return new StockPhrases(reports.size(), counts);
    }

    /** The learnt phrases. */
    public Set<String> phrases() {
        return counts.keySet();
    }

    /** The table as shipped: the report count on the first line, then a phrase, its framing and item counts a line. */
    String toTable() {
        StringBuilder table = new StringBuilder().append(reports).append('\n');
        new TreeMap<>(counts).forEach((phrase, c) ->
                table.append(phrase).append('\t').append(c[0]).append('\t').append(c[1]).append('\n'));
        return table.toString();
    }

    /** The distinct runs of two or more touching words in {@code text} that are long enough to be a phrase. */
    private static Set<String> runs(String text) {
        Set<String> runs = new HashSet<>();
        List<Token> words = ChineseWords.singlesJoined(text, ChineseWords.of(text));
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < Math.min(words.size(), i + MAX_WORDS); j++) {
                if (words.get(j).start() != words.get(j - 1).end()) {
                    break;
                }
                String run = text.substring(words.get(i).start(), words.get(j).end());
                if (run.length() >= MIN_CHARACTERS) {
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    private static StockPhrases read(BufferedReader reader) throws IOException {
        int reports = Integer.parseInt(reader.readLine().strip());
        Map<String, int[]> counts = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split("\t");
            counts.put(fields[0], new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[2])});
        }
        return new StockPhrases(reports, counts);
    }

    /** Read once, on first use. */
    private static final class Standard {
        static final StockPhrases INSTANCE = ShippedTable.load(RESOURCE, StockPhrases::read);
    }
}
