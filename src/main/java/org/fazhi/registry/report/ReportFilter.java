package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Id;

@Name("ReportFilter")
@Description("Restricts a list of reports; every field set must hold.")
public record ReportFilter(
        @Id @Description("Reports of this organisation.") String organisationId,
        @Description("Reports covering this year.") Integer year,
        @Description("Reports in this state; by default only current reports are listed.") ReportState state) {
}
