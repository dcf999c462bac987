package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * What a commitment asks for, as the follow-up matcher weighs it: its clauses (the parts a reviewer ticks off
 * one by one: 整合执法队伍 · 减少执法层级 · 推动执法重心下移), each with its terms, their rarity weights and words.
 *
 * @param clauses the title's clauses first
 * @param titleClauses how many of the clauses are the title's
 * @param wording the commitment's canonical wording, title first, for reporting the matched terms
 * @param wordingTerms the terms of {@code wording}, in order
 */
record CommitmentTerms(List<PlanClause> clauses, int titleClauses, String wording, List<Token> wordingTerms) {

    /** A clause ends at one of these. */
    private static final String CLAUSE_ENDS = "。；！？，、：\n";

    static CommitmentTerms of(String title, String text, Tokenizer tokenizer, TermRarity rarity) {
        String canonicalTitle = MatchingText.of(title == null ? "" : title);
        String canonicalText = MatchingText.of(text);
        String elaboration = canonicalText.startsWith(canonicalTitle)
                ? canonicalText.substring(canonicalTitle.length()) : canonicalText;
        String wording = canonicalTitle + MatchingText.BREAK + elaboration;
        List<Token> words = ChineseWords.of(wording);
        List<Token> terms = tokenizer.tokens(wording, words);
        List<PlanClause> clauses = clauses(wording, 0, canonicalTitle.length(), words, terms, rarity);
        int titleClauses = clauses.size();
        clauses.addAll(clauses(wording, canonicalTitle.length() + 1, wording.length(), words, terms, rarity));
        return new CommitmentTerms(List.copyOf(clauses), titleClauses, wording, terms);
    }

    double total() {
        return clauses.stream().mapToDouble(PlanClause::total).sum();
    }

    double titleTotal() {
        return clauses.subList(0, titleClauses).stream().mapToDouble(PlanClause::total).sum();
    }

    /** The clauses of {@code wording} from {@code from} to {@code to}, with the words and terms that fall in each. */
    private static List<PlanClause> clauses(String wording, int from, int to, List<Token> words, List<Token> terms,
            TermRarity rarity) {
        List<PlanClause> clauses = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || CLAUSE_ENDS.indexOf(wording.charAt(i)) >= 0) {
                PlanClause clause = PlanClause.of(wording.substring(start, i), within(words, start, i),
                        within(terms, start, i), rarity);
                if (clause.total() > 0) {
                    clauses.add(clause);
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    /** The tokens that lie between {@code start} and {@code end}, with offsets from {@code start}. */
    private static List<Token> within(List<Token> tokens, int start, int end) {
        return tokens.stream().filter(t -> t.start() >= start && t.end() <= end)
                .map(t -> new Token(t.term(), t.start() - start, t.end() - start)).toList();
    }
}
