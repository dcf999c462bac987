package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An identifier of an organisation in another system, for integrators.")
public record ExternalIdentifier(
        @NonNull @Description("The system or scheme the identifier belongs to.") String scheme,
        @NonNull @Description("The identifier within that scheme.") String value) {

    static ExternalIdentifier of(OrganisationIdentifier row) {
        return new ExternalIdentifier(row.scheme, row.value);
    }
}
