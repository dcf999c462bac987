package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

@Name("OrganisationRefInput")
@Description("Names the organisation a report belongs to: by global ID or by unified social credit code. Leave it out to let the registry find the organisation the text names.")
public record OrganisationRefInput(
        @Id @Description("The organisation's global ID.") String id,
        @Description("The organisation's unified social credit code.") String creditCode) {
}
