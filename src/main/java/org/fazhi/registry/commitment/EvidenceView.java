package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CommitmentEvidence")
@Description("An item of the target year's report that carries a commitment out, as the automatic follow-up found it.")
public record EvidenceView(
        @Ignore long commitmentKey,
        @Ignore long itemKey,
        @NonNull @Description("How much of the commitment's wording the item carries, from 0 to 1 (IDF-weighted share of character bigrams).") double score,
        @NonNull @Description("1 for the best evidence, then 2, 3.") int rank) {

    static EvidenceView of(CommitmentEvidence e) {
        return new EvidenceView(e.commitmentId, e.itemId, e.score, e.rank);
    }
}
