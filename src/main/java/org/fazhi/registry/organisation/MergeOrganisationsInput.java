package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MergeOrganisationsInput")
@Description("Two records of one body: the first is merged into the second.")
public record MergeOrganisationsInput(
        @NonNull @Id @Description("The global ID of the organisation merged away, e.g. one created unconfirmed from a report text.") String sourceId,
        @NonNull @Id @Description("The global ID of the organisation that remains and receives its reports and names.") String targetId,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
