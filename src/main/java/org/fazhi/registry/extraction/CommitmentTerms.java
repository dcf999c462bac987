package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a commitment asks for, as the follow-up matcher weighs it: its clauses (the parts a reviewer ticks off
 * one by one: 整合执法队伍 · 减少执法层级 · 推动执法重心下移), each with its terms and their rarity weights.
 *
 * @param clauses the title's clauses first
 * @param titleClauses how many of the clauses are the title's
 * @param wording the commitment's canonical wording, title first, for reporting the matched terms
 */
record CommitmentTerms(List<Clause> clauses, int titleClauses, String wording) {

    /** A clause ends at one of these. */
    private static final String CLAUSE_ENDS = "。；！？，、：\n";

    /** One clause: its terms, each once, with their weights, and their sum. */
    record Clause(Map<String, Double> weights, double total) {
    }

    static CommitmentTerms of(String title, String text, Tokenizer tokenizer, TermRarity rarity) {
        String canonicalTitle = MatchingText.of(title == null ? "" : title);
        String canonicalText = MatchingText.of(text);
        String elaboration = canonicalText.startsWith(canonicalTitle)
                ? canonicalText.substring(canonicalTitle.length()) : canonicalText;
        List<Clause> titleClauses = clauses(canonicalTitle, tokenizer, rarity);
        List<Clause> clauses = new ArrayList<>(titleClauses);
        clauses.addAll(clauses(elaboration, tokenizer, rarity));
        return new CommitmentTerms(List.copyOf(clauses), titleClauses.size(),
                canonicalTitle + MatchingText.BREAK + elaboration);
    }

    double total() {
        return clauses.stream().mapToDouble(Clause::total).sum();
    }

    double titleTotal() {
        return clauses.subList(0, titleClauses).stream().mapToDouble(Clause::total).sum();
    }

    private static List<Clause> clauses(String text, Tokenizer tokenizer, TermRarity rarity) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                Map<String, Double> weights = new LinkedHashMap<>();
                tokenizer.tokens(text.substring(start, i)).forEach(t -> weights.put(t.term(), rarity.weight(t.term())));
                double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
                if (total > 0) {
                    clauses.add(new Clause(Map.copyOf(weights), total));
                }
                start = i + 1;
            }
        }
        return clauses;
    }
}
