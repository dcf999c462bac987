package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One text a commitment is looked for in (an item of a later report), read once: its matching text, its terms
 * with the sentences that hold each, and its words by where they end, to see what qualifies a phrase.
 *
 * @param termSentences each term of the text, with the indexes of the sentences that hold it
 * @param sentenceCount how many sentences the text has
 * @param countedTerms the terms that stand in a clause reporting a figure (走访企业43家, 其中86项实现掌上办)
 * @param resultTerms the terms that stand in a clause reporting a figure or a thing completed (建成法律服务驿站)
 */
record CandidateText(String text, Map<String, int[]> termSentences, int sentenceCount,
        Map<Integer, Unit> unitsEndingAt, Set<String> countedTerms, Set<String> resultTerms) {

    /** A sentence of an item ends at one of these. */
    private static final String SENTENCE_ENDS = "。；！？\n";
    /** A clause of an item ends at one of these (a list within a clause, 城管、市场监管等6支队伍, is one clause). */
    private static final String CLAUSE_ENDS = "。；！？，：\n";
    /** Verbs that report a thing completed; 建设 is left out, as often a noun (规范化建设) as a verb. */
    private static final Set<String> COMPLETION_VERBS = completionVerbs();

    static CandidateText of(String raw, Tokenizer tokenizer) {
        String text = MatchingText.of(raw);
        List<Token> words = ChineseWords.of(text);
        List<Token> tokens = tokenizer.tokens(text, words);
        List<Set<String>> sentences = sentences(text, tokens);
        Map<String, List<Integer>> bySentence = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            int sentence = s;
            sentences.get(s).forEach(t -> bySentence.computeIfAbsent(t, k -> new ArrayList<>()).add(sentence));
        }
        Map<String, int[]> termSentences = new HashMap<>();
        bySentence.forEach((term, in) -> termSentences.put(term, in.stream().mapToInt(Integer::intValue).toArray()));
        Map<Integer, Unit> unitsEndingAt = new HashMap<>();
        List<Unit> units = Unit.of(text, words, tokens);
        units.forEach(u -> unitsEndingAt.put(u.end(), u));
        return new CandidateText(text, termSentences, sentences.size(), unitsEndingAt,
                reportedTerms(text, tokens, units, false), reportedTerms(text, tokens, units, true));
    }

    /** The terms of the text. */
    Set<String> terms() {
        return termSentences.keySet();
    }

    /** The sentences that hold {@code term}, or null when none does. */
    int[] sentencesWith(String term) {
        return termSentences.get(term);
    }

    /** The word that ends right before {@code offset}, or null where a break, a figure or punctuation stands. */
    Unit unitBefore(int offset) {
        return unitsEndingAt.get(offset);
    }

    /**
     * The word right before {@code offset}: {@link #unitBefore}, or where the segmenter read the words across it
     * (任前公示 as 任|前公|示), the two Han characters before it; null where neither stands.
     */
    Unit wordBefore(int offset) {
        Unit unit = unitBefore(offset);
        if (unit != null || offset < 2 || !Chars.allHan(text.substring(offset - 2, offset))) {
            return unit;
        }
        return new Unit(text.substring(offset - 2, offset), offset - 2, offset, List.of());
    }

    /** The terms of the clauses that hold a figure, or with {@code completed} also those that hold a verb of completion. */
    private static Set<String> reportedTerms(String text, List<Token> tokens, List<Unit> units, boolean completed) {
        Set<String> reported = new HashSet<>();
        int nextToken = 0;
        int nextUnit = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                boolean result = Chars.containsDigit(text, start, i);
                for (; nextUnit < units.size() && units.get(nextUnit).start() < i; nextUnit++) {
                    result |= completed && COMPLETION_VERBS.contains(units.get(nextUnit).text());
                }
                for (; nextToken < tokens.size() && tokens.get(nextToken).start() < i; nextToken++) {
                    if (result) {
                        reported.add(tokens.get(nextToken).term());
                    }
                }
                start = i + 1;
            }
        }
        return reported;
    }

    private static Set<String> completionVerbs() {
        Set<String> verbs = new HashSet<>(PlanClause.DELIVERABLE_VERBS);
        verbs.remove("建设");
        verbs.add("完成");
        return Set.copyOf(verbs);
    }

    /** The terms of each sentence; no term spans the end of a sentence, which is never a Han character. */
    private static List<Set<String>> sentences(String text, List<Token> tokens) {
        List<Set<String>> sentences = new ArrayList<>();
        int next = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                Set<String> sentence = new HashSet<>();
                while (next < tokens.size() && tokens.get(next).start() < i) {
                    sentence.add(tokens.get(next++).term());
                }
                if (i > start) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        return sentences;
    }
}
