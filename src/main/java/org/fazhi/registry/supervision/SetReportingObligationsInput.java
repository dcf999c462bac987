package org.fazhi.registry.supervision;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.organisation.OrganisationRefInput;

@Name("SetReportingObligationsInput")
@Description("An integrator's list of the bodies that must report on a year. It replaces the list given before for the same year and division; obligations derived from the map stay.")
public record SetReportingObligationsInput(
        @NonNull @Description("The year reported on.") int reportYear,
        @NonNull @Description("The bodies, by global ID or credit code.") List<@NonNull OrganisationRefInput> organisations,
        @Description("The division the list covers, e.g. 500151: the list replaces only the listed bodies of that subtree, and every body named must lie in it. Null: the list covers the whole country.") String divisionCode,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
