package org.fazhi.registry.commitment;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CommitmentStatusChange")
@Description("One change of a commitment's status, kept for the record.")
public record StatusChangeView(
        @Ignore long commitmentKey,
        @Description("The status before; null for the first assessment.") CommitmentStatus fromStatus,
        @NonNull @Description("The status after.") CommitmentStatus toStatus,
        @NonNull @Description("Whether the automatic follow-up or a reviewer made the change.") StatusSource source,
        @Ignore String changedBy,
        @Description("The reviewer's note.") String note,
        @Description("The score of the best evidence item at the time, for automatic changes.") Double evidenceScore,
        @NonNull @Description("When the change was made.") OffsetDateTime changedAt) {

    static StatusChangeView of(CommitmentStatusChange c) {
        return new StatusChangeView(c.commitmentId, c.fromStatus, c.toStatus, c.source, c.actor, c.note,
                c.evidenceScore, c.changedAt);
    }
}
