package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <li>A single shared two-character word is no evidence (体检 in 法治体检 and in 健康体检): a match needs a shared
 * phrase of three characters or more, a term of the domain's table, or two shared words.</li>
 * </ul>
 *
 * <p>Built once over the candidate texts (the index), then each commitment costs the postings of its own terms.
 * Safe to share between threads.
 */
public final class FollowUpMatcher {

    // The three figures below were chosen on the tune part of the evaluation set (docs/follow-up.md).
    /** A clause holding this share of its weight counts as fully done. */
    static final double CLAUSE_DONE = 0.6;
    /** From this score on, with the title done to the same degree, the commitment is carried out. */
    public static final double STRONG = 0.6;
    /** From this score on, the commitment is at least partly carried out. */
    public static final double PARTIAL = 0.38;

    private final CandidateIndex index;
    private final Tokenizer tokenizer;
    private final TermRarity rarity;
    /** Each thread's accumulators, sized to the index once and cleaned after each commitment. */
    private final ThreadLocal<ClauseCoverage> scratch;

    FollowUpMatcher(List<String> candidates, Tokenizer tokenizer, TermRarity rarity) {
        this.index = new CandidateIndex(candidates, tokenizer);
        this.scratch = ThreadLocal.withInitial(() -> new ClauseCoverage(index));
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
        for (int i = 0; i < credit.candidates().length; i++) {
            if (credit.score(i) >= PARTIAL) {
                ranked.add(i);
            }
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> -credit.score(i)).thenComparing(i -> i));
        return ranked.stream().map(i -> match(wanted, credit, i)).filter(m -> m.strength() != MatchStrength.NONE)
                .limit(limit).toList();
    }

    /** How well candidate {@code candidate} matches, however weakly. */
    public Match score(String title, String text, int candidate) {
        CommitmentTerms wanted = CommitmentTerms.of(title, text, tokenizer, rarity);
        Credit credit = credit(wanted);
        int i = Arrays.binarySearch(credit.candidates(), candidate);
        return i >= 0 ? match(wanted, credit, i)
                : new Match(candidate, 0, MatchStrength.NONE, List.of());
    }

    /** Each touched candidate's done weight, walking the postings of the commitment's terms only. */
    private Credit credit(CommitmentTerms wanted) {
        ClauseCoverage coverage = scratch.get();
        for (int k = 0; k < wanted.clauses().size(); k++) {
            coverage.cover(wanted.clauses().get(k), k < wanted.titleClauses(), CLAUSE_DONE);
        }
        return new Credit(coverage.takeCredit(), wanted.total(), wanted.titleTotal());
    }

    /** The match of the {@code i}-th credited candidate. */
    private Match match(CommitmentTerms wanted, Credit credit, int i) {
        int candidate = credit.candidates()[i];
        double score = credit.score(i);
        List<String> matched = matchedTerms(wanted.wording(), candidate);
        MatchStrength strength = !enoughInCommon(matched) || score < PARTIAL ? MatchStrength.NONE
                : score >= STRONG && credit.titleScore(i) >= STRONG ? MatchStrength.STRONG : MatchStrength.PARTIAL;
        return new Match(candidate, score, strength, matched);
    }

    private static boolean enoughInCommon(List<String> matched) {
        return matched.size() >= 2 || matched.stream().anyMatch(t -> t.length() >= 3 || MatchingText.isDomainTerm(t));
    }

    /** Runs of the commitment's wording whose terms the candidate holds, merged where they overlap. */
    private List<String> matchedTerms(String wording, int candidate) {
        List<String> runs = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Token token : tokenizer.tokens(wording)) {
            if (!index.holds(candidate, token.term())) {
                continue;
            }
            if (runStart >= 0 && token.start() < runEnd) {
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

    /** The credited candidates' done weight and the totals to divide it by; {@code i} indexes the candidates. */
    private record Credit(ClauseCoverage.Credit done, double total, double titleTotal) {
        int[] candidates() {
            return done.candidates();
        }

        double score(int i) {
            return total == 0 ? 0 : Math.min(1, done.all()[i] / total);
        }

        double titleScore(int i) {
            return titleTotal == 0 ? score(i) : Math.min(1, done.title()[i] / titleTotal);
        }
    }
}
