package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Id;

@Name("OrganisationRefInput")
@Description("Names the organisation a report belongs to: by global ID or by unified social credit code.")
public record OrganisationRefInput(
        @Id @Description("The organisation's global ID.") String id,
        @Description("The organisation's unified social credit code.") String creditCode) {
}
