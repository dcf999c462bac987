package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether the items of a later report show a commitment carried out, as a reviewer would: clause by
 * clause, from what is distinctive in the commitment, not from its boilerplate.
 *
 * <ul>
 * <li>Both texts are rewritten into one vocabulary ({@link MatchingText}): equivalent wordings become one
 * term (法制审核 = 合法性审查), stock phrases (深入学习贯彻…, 进一步提高…水平) a break.</li>
 * <li>The terms are character bigrams, each weighted by its rarity in published reports ({@link TermRarity}).</li>
 * <li>Each clause of the commitment is covered by the share of its weight the item holds, half counted over
 * the whole item and half in the item's best sentence (words said together count for more than words
 * scattered over a long item). A clause covered to {@link #CLAUSE_DONE} counts as done: a paraphrase or a
 * result rarely repeats every word.</li>
 * <li>The score is the weighted share of done clauses: {@link MatchStrength#PARTIAL} from {@link #PARTIAL};
 * {@link MatchStrength#STRONG} from {@link #STRONG} when the title, the commitment's core, is done as well.</li>
 * </ul>
 *
 * <p>Built once over the candidate texts; immutable and safe to share between threads.
 */
public final class FollowUpMatcher {

    /** A clause holding this share of its weight counts as fully done. */
    static final double CLAUSE_DONE = 0.6;
    /** From this score on, with the title done to the same degree, the commitment is carried out. */
    public static final double STRONG = 0.6;
    /** From this score on, the commitment is at least partly carried out. */
    public static final double PARTIAL = 0.38;

    private final CandidateIndex index;
    private final Tokenizer tokenizer;
    private final TermRarity rarity;

    FollowUpMatcher(List<String> candidates, Tokenizer tokenizer, TermRarity rarity) {
        this.index = new CandidateIndex(candidates, tokenizer);
        this.tokenizer = tokenizer;
        this.rarity = rarity;
    }

    /** A matcher over {@code candidates}: the items of a later report, or any texts to find a commitment in. */
    public static FollowUpMatcher over(List<String> candidates) {
        return new FollowUpMatcher(candidates, CharacterBigrams.INSTANCE, TermRarity.standard());
    }

    /** The candidates that match at least partly, best first, at most {@code limit}. */
    public List<Match> best(String title, String text, int limit) {
        CommitmentTerms wanted = CommitmentTerms.of(title, text, tokenizer, rarity);
        Credit credit = credit(wanted);
        List<Integer> ranked = new ArrayList<>();
        for (int c = 0; c < index.candidates(); c++) {
            if (credit.score(c) >= PARTIAL) {
                ranked.add(c);
            }
        }
        ranked.sort(Comparator.comparingDouble((Integer c) -> -credit.score(c)).thenComparing(c -> c));
        return ranked.stream().limit(limit).map(c -> match(wanted, credit, c)).toList();
    }

    /** How well candidate {@code candidate} matches, however weakly. */
    public Match score(String title, String text, int candidate) {
        CommitmentTerms wanted = CommitmentTerms.of(title, text, tokenizer, rarity);
        return match(wanted, credit(wanted), candidate);
    }

    /** Each candidate's done share of the commitment and of its title, walking the postings of its terms only. */
    private Credit credit(CommitmentTerms wanted) {
        Credit credit = new Credit(new double[index.candidates()], new double[index.candidates()],
                wanted.total(), wanted.titleTotal());
        ClauseCoverage coverage = new ClauseCoverage(index);
        for (int k = 0; k < wanted.clauses().size(); k++) {
            CommitmentTerms.Clause clause = wanted.clauses().get(k);
            double[] title = k < wanted.titleClauses() ? credit.title() : null;
            coverage.cover(clause.weights(), (c, covered) -> {
                double done = clause.total() * Math.min(1, covered / clause.total() / CLAUSE_DONE);
                credit.all()[c] += done;
                if (title != null) {
                    title[c] += done;
                }
            });
        }
        return credit;
    }

    private Match match(CommitmentTerms wanted, Credit credit, int candidate) {
        double score = credit.score(candidate);
        MatchStrength strength = score >= STRONG && credit.titleScore(candidate) >= STRONG ? MatchStrength.STRONG
                : score >= PARTIAL ? MatchStrength.PARTIAL : MatchStrength.NONE;
        return new Match(candidate, score, strength, matchedTerms(wanted.wording(), candidate));
    }

    /** Runs of the commitment's wording whose terms the candidate holds, merged where they touch. */
    private List<String> matchedTerms(String wording, int candidate) {
        List<String> runs = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Token token : tokenizer.tokens(wording)) {
            if (!index.holds(candidate, token.term())) {
                continue;
            }
            if (runStart >= 0 && token.start() <= runEnd) {
                runEnd = Math.max(runEnd, token.end());
            } else {
                addRun(runs, wording, runStart, runEnd);
                runStart = token.start();
                runEnd = token.end();
            }
        }
        addRun(runs, wording, runStart, runEnd);
        return runs;
    }

    private static void addRun(List<String> runs, String wording, int start, int end) {
        if (start >= 0 && !runs.contains(wording.substring(start, end))) {
            runs.add(wording.substring(start, end));
        }
    }

    /** The done weight per candidate, of all clauses and of the title's, and the totals to divide them by. */
    private record Credit(double[] all, double[] title, double total, double titleTotal) {
        double score(int candidate) {
            return total == 0 ? 0 : Math.min(1, all[candidate] / total);
        }

        double titleScore(int candidate) {
            return titleTotal == 0 ? score(candidate) : Math.min(1, title[candidate] / titleTotal);
        }
    }
}
