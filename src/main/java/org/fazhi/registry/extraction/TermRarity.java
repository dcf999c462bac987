package org.fazhi.registry.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a term says, by how rarely it occurs in the paragraphs of published reports (inverse document
 * frequency): 执法 or 行政, in every other paragraph, weigh little; 层级 or 听证室 weigh much. Measured on
 * a fixed background of real reports rather than on the report at hand, so that a later report of three
 * items weighs terms as well as one of three hundred.
 */
public final class TermRarity {

    /** The frequencies of {@link WordBigrams} shipped with the service, counted by {@code TermRarityTableTest}. */
    static final String RESOURCE = "/extraction/term-rarity.tsv";

    private final Map<String, Integer> documentFrequency;
    private final int paragraphs;

    private TermRarity(Map<String, Integer> documentFrequency, int paragraphs) {
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.paragraphs = paragraphs;
    }

    /** The shipped weights of the matcher's terms ({@link WordBigrams}). */
    public static TermRarity standard() {
        return Standard.INSTANCE;
    }

    /** Counts, for each term of {@code tokenizer}, in how many of {@code paragraphs} it occurs. */
    public static TermRarity count(List<String> paragraphs, Tokenizer tokenizer) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String paragraph : paragraphs) {
            Set<String> terms = new HashSet<>();
            tokenizer.tokens(MatchingText.of(paragraph)).forEach(t -> terms.add(t.term()));
            terms.forEach(t -> frequency.merge(t, 1, Integer::sum));
        }
        return new TermRarity(frequency, paragraphs.size());
    }

    /**
     * The weight of a term: ln((N + 1) / (df + 1)) over the N background paragraphs, the largest for a term the
     * background never shows, near 0 for one in almost every paragraph.
     */
    public double weight(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((paragraphs + 1.0) / (df + 1.0));
    }

    /** The table as shipped: the paragraph count on the first line, then one term and its frequency a line. */
    String toTable() {
        StringBuilder table = new StringBuilder().append(paragraphs).append('\n');
        documentFrequency.entrySet().stream().filter(e -> e.getValue() > 1).sorted(Map.Entry.comparingByKey())
                .forEach(e -> table.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        return table.toString();
    }

    private static TermRarity read(BufferedReader reader) throws IOException {
        int paragraphs = Integer.parseInt(reader.readLine().strip());
        Map<String, Integer> frequency = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            frequency.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new TermRarity(frequency, paragraphs);
    }

    /** Read once, on first use. */
    private static final class Standard {
        static final TermRarity INSTANCE = ShippedTable.load(RESOURCE, TermRarity::read);
    }
}
