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
 * @param framedPromises for each clause, the index of the promise it frames, or -1 (see {@link #framing})
 */
record CommitmentTerms(List<PlanClause> clauses, int titleClauses, String wording, List<Token> wordingTerms,
        List<Integer> framedPromises) {

    /** A clause ends at one of these. */
    private static final String CLAUSE_ENDS = "。；！？，、：\n";
    /** A sentence ends at one of these. */
    private static final String SENTENCE_ENDS = "。；！？\n";

    static CommitmentTerms of(String title, String text, Tokenizer tokenizer, TermRarity rarity) {
        String canonicalTitle = MatchingText.of(title == null ? "" : title);
        String canonicalText = MatchingText.of(text);
        String elaboration = canonicalText.startsWith(canonicalTitle)
                ? canonicalText.substring(canonicalTitle.length()) : canonicalText;
        String wording = canonicalTitle + MatchingText.BREAK + elaboration;
        List<Token> words = ChineseWords.of(wording);
        List<Token> terms = tokenizer.tokens(wording, words);
        List<List<PlanClause>> sentences = sentences(wording, 0, canonicalTitle.length(), words, terms, rarity);
        int titleClauses = sentences.stream().mapToInt(List::size).sum();
        sentences.addAll(sentences(wording, canonicalTitle.length() + 1, wording.length(), words, terms, rarity));
        List<PlanClause> clauses = sentences.stream().flatMap(List::stream).toList();
        return new CommitmentTerms(clauses, titleClauses, wording, terms, framing(sentences));
    }

    /**
     * For each clause, the promise it frames: in a sentence that promises a thing (建立…制度, 编制…大纲), the clauses
     * before the promise that name no action of their own (牢固树立…理念, 围绕中心、服务大局, 以…为契机) are the stance
     * it is made in. A reviewer credits them only with the promise, or with a result reported under them: a later
     * report that repeats the stance and shows neither has not carried the commitment out.
     */
    private static List<Integer> framing(List<List<PlanClause>> sentences) {
        List<Integer> framed = new ArrayList<>();
        for (List<PlanClause> sentence : sentences) {
            int first = framed.size();
            int promise = -1;
            for (int k = 0; k < sentence.size() && promise < 0; k++) {
                promise = sentence.get(k).head() >= 0 ? k : -1;
            }
            for (int k = 0; k < sentence.size(); k++) {
                boolean stance = k < promise && !sentence.get(k).namesAction();
                framed.add(stance ? first + promise : -1);
            }
        }
        return List.copyOf(framed);
    }

    double total() {
        return clauses.stream().mapToDouble(PlanClause::total).sum();
    }

    double titleTotal() {
        return clauses.subList(0, titleClauses).stream().mapToDouble(PlanClause::total).sum();
    }

    /**
     * The sentences of {@code wording} from {@code from} to {@code to}, each as its clauses with the words and terms
     * that fall in each; clauses without weight left out.
     */
    private static List<List<PlanClause>> sentences(String wording, int from, int to, List<Token> words,
            List<Token> terms, TermRarity rarity) {
        List<List<PlanClause>> sentences = new ArrayList<>();
        List<PlanClause> sentence = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || CLAUSE_ENDS.indexOf(wording.charAt(i)) >= 0) {
                PlanClause clause = PlanClause.of(wording.substring(start, i), within(words, start, i),
                        within(terms, start, i), rarity);
                if (clause.total() > 0) {
                    sentence.add(clause);
                }
                start = i + 1;
            }
            if ((i == to || SENTENCE_ENDS.indexOf(wording.charAt(i)) >= 0) && !sentence.isEmpty()) {
                sentences.add(sentence);
                sentence = new ArrayList<>();
            }
        }
        return sentences;
    }

    /** The tokens that lie between {@code start} and {@code end}, with offsets from {@code start}. */
    private static List<Token> within(List<Token> tokens, int start, int end) {
        return tokens.stream().filter(t -> t.start() >= start && t.end() <= end)
                .map(t -> new Token(t.term(), t.start() - start, t.end() - start)).toList();
    }
}
