package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores the evaluation set with one follow-up matcher configuration and reports precision and recall of
 * "EVIDENCED or PARTLY_EVIDENCED" against the reviewer's "CARRIED_OUT or PARTLY".
 */
final class FollowUpEvaluation {

    /** One pair as matched. */
    record Scored(LabelledPair pair, Match match) {
        boolean predicted() {
            return match.strength() != MatchStrength.NONE;
        }

        boolean correct() {
            return predicted() == pair.positive();
        }
    }

    /** Precision and recall over some pairs. */
    record Figures(int truePositives, int falsePositives, int falseNegatives, int pairs) {
        double precision() {
            return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f, recall %.3f (%d pairs: %d TP, %d FP, %d FN)",
                    precision(), recall(), pairs, truePositives, falsePositives, falseNegatives);
        }
    }

    private final List<Scored> scored = new ArrayList<>();

    FollowUpEvaluation(List<LabelledPair> pairs, Tokenizer tokenizer, TermRarity rarity) {
        for (LabelledPair pair : pairs) {
            FollowUpMatcher matcher = new FollowUpMatcher(List.of(pair.item()), tokenizer, rarity);
            scored.add(new Scored(pair, matcher.score(pair.title(), pair.commitment(), 0)));
        }
    }

    List<Scored> scored() {
        return scored;
    }

    Figures figures(Predicate<LabelledPair> which) {
        return figures(which, s -> s.predicted());
    }

    /** The figures had the outcome been "at least partly" from {@code threshold} on. */
    Figures figuresAt(double threshold, Predicate<LabelledPair> which) {
        return figures(which, s -> s.match().score() >= threshold);
    }

    private Figures figures(Predicate<LabelledPair> which, Predicate<Scored> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int n = 0;
        for (Scored s : scored) {
            if (!which.test(s.pair())) {
                continue;
            }
            n++;
            boolean yes = predicted.test(s);
            tp += yes && s.pair().positive() ? 1 : 0;
            fp += yes && !s.pair().positive() ? 1 : 0;
            fn += !yes && s.pair().positive() ? 1 : 0;
        }
        return new Figures(tp, fp, fn, n);
    }

    /** Reviewer's label × outcome, counted. */
    Map<String, Map<MatchStrength, Integer>> confusion(Predicate<LabelledPair> which) {
        Map<String, Map<MatchStrength, Integer>> table = new TreeMap<>();
        scored.stream().filter(s -> which.test(s.pair())).forEach(s -> table
                .computeIfAbsent(s.pair().label(), k -> new TreeMap<>()).merge(s.match().strength(), 1, Integer::sum));
        return table;
    }

    /** Correct pairs per category, as "right/all". */
    Map<String, String> byCategory(Predicate<LabelledPair> which) {
        Map<String, int[]> counts = new TreeMap<>();
        scored.stream().filter(s -> which.test(s.pair())).forEach(s -> {
            int[] c = counts.computeIfAbsent(s.pair().category(), k -> new int[2]);
            c[0] += s.correct() ? 1 : 0;
            c[1]++;
        });
        Map<String, String> table = new TreeMap<>();
        counts.forEach((k, c) -> table.put(k, c[0] + "/" + c[1]));
        return table;
    }
}
