package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Id;

@Name("CommitmentFilter")
@Description("Restricts a list of commitments; every field set must hold. Only commitments of current reports are listed.")
public record CommitmentFilter(
        @Id @Description("Commitments of this organisation.") String organisationId,
        @Description("Commitments to be carried out in this year.") Integer targetYear) {
}
