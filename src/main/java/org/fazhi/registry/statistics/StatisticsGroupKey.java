package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.fazhi.registry.division.DivisionView;
import org.fazhi.registry.extraction.OrganisationKind;

@Description("What the bodies and reports of a group share; only the fields grouped by are set.")
public record StatisticsGroupKey(
        @Description("The province, when grouped by DIVISION_LEVEL_1; null there for bodies not on the map.") DivisionView province,
        @Description("The prefecture, when grouped by DIVISION_LEVEL_2; null there for bodies above it or not on the map.") DivisionView prefecture,
        @Description("The county, when grouped by DIVISION_LEVEL_3; null there for bodies above it or not on the map.") DivisionView county,
        @Description("The kind of body, when grouped by ORGANISATION_KIND.") OrganisationKind organisationKind,
        @Description("The year reported on, when grouped by REPORT_YEAR.") Integer reportYear) {
}
