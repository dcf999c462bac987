package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.extraction.OrganisationKind;

@Name("OrganisationFilter")
@Description("Restricts a list of organisations; every field set must hold.")
public record OrganisationFilter(
        @Description("The name or one of the other names contains this text, in simplified or traditional characters: 濟源 finds 济源 and 濟源.") String nameContains,
        @Description("The organisation is of this kind.") OrganisationKind kind,
        @Description("The division code starts with this prefix: `41` a province, `4190` a city.") String divisionCodePrefix,
        @Id @Description("The organisation belongs directly to this parent.") String parentId,
        @Description("True: only organisations with a credit code; false: only those without.") Boolean hasCreditCode,
        @Description("False: only organisations awaiting a person's decision on who they are (merge or confirm); true: only settled ones.") Boolean confirmed) {

    static final OrganisationFilter NONE = new OrganisationFilter(null, null, null, null, null, null);
}
