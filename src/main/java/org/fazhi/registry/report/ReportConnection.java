package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.graphql.TotalCount;

@Description("A page of reports.")
public record ReportConnection(
        @NonNull @Description("The reports of this page with their cursors.") List<@NonNull ReportEdge> edges,
        @NonNull @Description("The reports of this page.") List<@NonNull ReportView> nodes,
        @NonNull @Description("Where this page sits in the whole list.") PageInfo pageInfo,
        @Ignore TotalCount total) {

    static ReportConnection of(Slice<ReportView> slice, Ordering<ReportView> ordering, TotalCount total) {
        List<ReportEdge> edges = slice.rows().stream().map(r -> new ReportEdge(ordering.cursor(r, r.key()), r)).toList();
        return new ReportConnection(edges, slice.rows(), slice.pageInfoWith(r -> ordering.cursor(r, r.key())), total);
    }
}
