package org.fazhi.registry.supervision;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

@Description("A page of the bodies obliged to report, in the order they were registered, with the counts and rates of all of them.")
public record ReportingStatusConnection(
        @NonNull @Description("The bodies of this page with their cursors.") List<@NonNull ObligationStatusEdge> edges,
        @NonNull @Description("The bodies of this page.") List<@NonNull ObligationStatusView> nodes,
        @NonNull @Description("Where this page sits in the whole list.") PageInfo pageInfo,
        @NonNull @Description("How many bodies the whole list holds.") int totalCount,
        @NonNull @Description("Counts and rates (报送率, 按时公开率) over the whole list, not only this page.") ReportingSummary summary) {

    static ReportingStatusConnection of(Slice<ObligationStatusView> slice, ReportingSummary summary) {
        List<ObligationStatusEdge> edges = slice.rows().stream()
                .map(s -> new ObligationStatusEdge(PageRequest.cursor(s.organisationKey()), s)).toList();
        return new ReportingStatusConnection(edges, slice.rows(), slice.pageInfo(ObligationStatusView::organisationKey),
                summary.obliged(), summary);
    }
}
