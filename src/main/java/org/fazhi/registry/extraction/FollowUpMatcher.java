package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Decides whether the items of a later report show a commitment carried out, as a reviewer would: clause by
 * clause, from what is distinctive in the commitment, not from its boilerplate.
 *
 * <ul>
 * <li>Both texts are rewritten into one vocabulary ({@link MatchingText}): equivalent wordings become one
 * term (法制审核 = 合法性审查), stock phrases (深入学习贯彻…, 进一步提高…水平) a break.</li>
 * <li>The terms are character bigrams kept within words ({@link WordBigrams}, the words of {@link ChineseWords}),
 * each weighted by its rarity in published reports ({@link TermRarity}).</li>
 * <li>Each clause of the commitment is covered by the share of its weight the item holds, half counted over
 * the whole item and half in the item's best sentence (words said together count for more than words
 * scattered over a long item). A clause covered to {@link #CLAUSE_DONE} counts as done: a paraphrase or a
 * result rarely repeats every word. A phrase the item qualifies otherwise, a promised thing the item lacks, or the
 * stance of a promise repeated without it does not count ({@link EvidenceCheck}).</li>
 * <li>The score is the weighted share of done clauses: {@link MatchStrength#PARTIAL} from {@link #PARTIAL}, or
 * when one clause carrying {@link #SUB_TASK} of the weight is fully done; {@link MatchStrength#STRONG} from
 * {@link #STRONG} when the title, the commitment's core, is done as well.</li>
 * <li>A result on the same object shows a clause done in the report's own words: the clause's distinctive object
 * with a figure or a verb of completion (开展校园欺凌专项整治 → 排查欺凌隐患问题37个; {@link ResultEvidence}).</li>
 * <li>A single shared two-character word is no evidence (体检 in 法治体检 and in 健康体检): a match needs a shared
 * phrase of three characters or more, a term of the domain's table, two shared words, or such a result.</li>
 * </ul>
 *
 * <p>Built once over the candidate texts (the index), then each commitment costs the postings of its own terms.
 * Safe to share between threads.
 */
public final class FollowUpMatcher {

    // CLAUSE_DONE, STRONG and PARTIAL were chosen on the tune part of the evaluation set, SUB_TASK on the
    // development parts of the second round (docs/follow-up.md).
    /** A clause holding this share of its weight counts as fully done. */
    static final double CLAUSE_DONE = 0.6;
    /** From this score on, with the title done to the same degree, the commitment is carried out. */
    public static final double STRONG = 0.6;
    /** From this score on, the commitment is at least partly carried out. */
    public static final double PARTIAL = 0.38;
    /** A clause carrying this share of the commitment's weight, fully done, shows it partly carried out. */
    static final double SUB_TASK = 0.15;

    private static final Comparator<Match> BEST_FIRST =
            Comparator.comparingDouble((Match m) -> -m.score()).thenComparingInt(Match::candidate);

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
        return new FollowUpMatcher(candidates, WordBigrams.INSTANCE, TermRarity.standard());
    }

    /**
     * The candidates that match at least partly, best first, at most {@code limit}. Candidates are checked in the
     * order of their bound, and no longer once {@code limit} matches score above the next bound.
     */
    public List<Match> best(String title, String text, int limit) {
        CommitmentTerms wanted = CommitmentTerms.of(title, text, tokenizer, rarity);
        Bound bound = bound(wanted);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bound.candidates().length; i++) {
            if (bound.mayMatch(i)) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -bound.score(i)).thenComparingInt(i -> i));
        List<Match> matches = new ArrayList<>();
        for (int i : order) {
            if (matches.size() >= limit && BEST_FIRST.compare(matches.get(limit - 1), bound.best(i)) < 0) {
                break; // neither this candidate nor any after it can rank above the last of the best
            }
            Match match = match(wanted, bound.candidates()[i]);
            if (match.strength() != MatchStrength.NONE) {
                matches.add(match);
                matches.sort(BEST_FIRST);
            }
        }
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** How well candidate {@code candidate} matches, however weakly. */
    public Match score(String title, String text, int candidate) {
        return match(CommitmentTerms.of(title, text, tokenizer, rarity), candidate);
    }

    /** Each touched candidate's done weight counting every term it holds, walking the commitment's postings only. */
    private Bound bound(CommitmentTerms wanted) {
        ClauseCoverage coverage = scratch.get();
        wanted.clauses().forEach(clause -> coverage.cover(clause, CLAUSE_DONE));
        return new Bound(coverage.takeCredit(), wanted.total());
    }

    /** The candidate checked clause by clause, and its outcome. */
    private Match match(CommitmentTerms wanted, int candidate) {
        EvidenceCheck.Verdict verdict = EvidenceCheck.check(wanted, index.candidate(candidate), CLAUSE_DONE);
        double score = share(verdict.done(), wanted.total());
        double titleScore = wanted.titleTotal() == 0 ? score : share(verdict.titleDone(), wanted.titleTotal());
        List<String> matched = matchedTerms(wanted, verdict.counted());
        boolean partly = score >= PARTIAL || verdict.largestDone() >= SUB_TASK * wanted.total();
        boolean enough = verdict.resultReported() || enoughInCommon(matched);
        MatchStrength strength = !enough || !partly ? MatchStrength.NONE
                : score >= STRONG && titleScore >= STRONG ? MatchStrength.STRONG : MatchStrength.PARTIAL;
        return new Match(candidate, score, strength, matched);
    }

    private static double share(double done, double total) {
        return total == 0 ? 0 : Math.min(1, done / total);
    }

    private static boolean enoughInCommon(List<String> matched) {
        return matched.size() >= 2 || matched.stream().anyMatch(t -> t.length() >= 3 || MatchingText.isDomainTerm(t));
    }

    /** Runs of the commitment's wording whose terms counted, merged where they touch. */
    private static List<String> matchedTerms(CommitmentTerms wanted, Set<String> counted) {
        String wording = wanted.wording();
        List<String> runs = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Token token : wanted.wordingTerms()) {
            if (!counted.contains(token.term())) {
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

    /**
     * What the candidates that hold any term of the commitment would score if every term they hold counted: no
     * check grants more. {@code i} indexes the candidates.
     */
    private record Bound(ClauseCoverage.Credit done, double total) {
        int[] candidates() {
            return done.candidates();
        }

        double score(int i) {
            return share(done.all()[i], total);
        }

        /** The best match candidate {@code i} could make. */
        Match best(int i) {
            return new Match(candidates()[i], score(i), MatchStrength.STRONG, List.of());
        }

        boolean mayMatch(int i) {
            return score(i) >= PARTIAL || done.largestDone()[i] >= SUB_TASK * total;
        }
    }
}
