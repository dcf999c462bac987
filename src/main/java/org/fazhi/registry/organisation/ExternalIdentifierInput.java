package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ExternalIdentifierInput")
@Description("An identifier of an organisation in another system.")
public record ExternalIdentifierInput(
        @NonNull @Description("The system or scheme the identifier belongs to, e.g. `OA` or `GOV_DIRECTORY`.") String scheme,
        @NonNull @Description("The identifier within that scheme.") String value) {
}
