package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.commitment.CommitmentStatus;

@Description("A number of commitments with one status.")
public record CommitmentStatusCount(
        @NonNull @Description("The status.") CommitmentStatus status,
        @NonNull @Description("How many commitments.") int count) {
}
