package org.fazhi.registry.extraction;

import java.util.List;

/**
 * How well one candidate text matches a commitment.
 *
 * @param candidate the candidate's index in the list the matcher was built over
 * @param score from 0 to 1, see {@link FollowUpMatcher}
 * @param matchedTerms the commitment's terms found in the candidate, as runs of its (canonical) wording, in
 *     the commitment's order: what a reviewer reads to see why the match was made
 */
public record Match(int candidate, double score, MatchStrength strength, List<String> matchedTerms) {

    public Match {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
