package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ReviewCommitmentInput")
@Description("A reviewer's judgement of how far a commitment was carried out.")
public record ReviewCommitmentInput(
        @NonNull @Id @Description("The commitment's global ID.") String commitmentId,
        @NonNull @Description("FULFILLED, PARTIAL or DROPPED; the automatic follow-up never overwrites it.") CommitmentStatus status,
        @NonNull @Description("Why the reviewer decided so; kept in the commitment's history.") String note,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
