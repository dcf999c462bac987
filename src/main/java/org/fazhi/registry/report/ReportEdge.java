package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A report in a connection, with its cursor.")
public record ReportEdge(
        @NonNull @Description("Pass as `after` to continue after this report.") String cursor,
        @NonNull @Description("The report.") ReportView node) {
}
