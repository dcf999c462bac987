package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.extraction.OrganisationKind;

@Name("UpsertOrganisationInput")
@Description("""
        An organisation to create or update. It is found by `id`, else by `creditCode`, else by one of \
        `identifiers`; when none matches, a new organisation is created and `name` and `kind` are required. \
        Fields left null keep their stored value.""")
public record UpsertOrganisationInput(
        @Id @Description("The global ID of the organisation to update.") String id,
        @Description("The unified social credit code (统一社会信用代码); its check character is verified.") String creditCode,
        @Description("The full name, e.g. 武定县人民政府办公室.") String name,
        @Description("What kind of body it is.") OrganisationKind kind,
        @Id @Description("The global ID of the organisation this one belongs to, e.g. a department's government.") String parentId,
        @Description("The six-digit GB/T 2260 administrative division code.") String divisionCode,
        @Description("The name of the administrative division.") String divisionName,
        @Description("Other names; when given, they replace the stored list.") List<String> otherNames,
        @Description("Identifiers in other systems; when given, they replace the stored list.") List<ExternalIdentifierInput> identifiers,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
