package org.fazhi.registry.commitment;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CommitmentEvidence")
@Description("An item of the target year's report that carries a commitment out, as the automatic follow-up found it.")
public record EvidenceView(
        @Ignore long commitmentKey,
        @Ignore long itemKey,
        @NonNull @Description("How much of the commitment the item carries out, from 0 to 1: the weighted share of the commitment's clauses whose distinctive terms the item holds.") double score,
        @NonNull @Description("1 for the best evidence, then 2, 3.") int rank,
        @NonNull @Description("The commitment's terms the item holds, in the commitment's order and canonical wording (法制审核 is written 合法性审查): why the match was made.") List<@NonNull String> matchedTerms) {

    static EvidenceView of(CommitmentEvidence e) {
        return new EvidenceView(e.commitmentId, e.itemId, e.score, e.rank, List.copyOf(e.matchedTerms));
    }
}
