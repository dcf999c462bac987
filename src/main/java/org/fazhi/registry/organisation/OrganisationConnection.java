package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

@Description("A page of organisations.")
public record OrganisationConnection(
        @NonNull @Description("The organisations of this page with their cursors.") List<@NonNull OrganisationEdge> edges,
        @NonNull @Description("The organisations of this page.") List<@NonNull OrganisationView> nodes,
        @NonNull @Description("Where this page sits in the whole list.") PageInfo pageInfo,
        @NonNull @Description("How many organisations the whole filtered list holds.") int totalCount) {

    static OrganisationConnection of(Slice<OrganisationView> slice) {
        List<OrganisationEdge> edges = slice.rows().stream()
                .map(o -> new OrganisationEdge(PageRequest.cursor(o.key()), o)).toList();
        return new OrganisationConnection(edges, slice.rows(), slice.pageInfo(OrganisationView::key), slice.totalCount());
    }
}
