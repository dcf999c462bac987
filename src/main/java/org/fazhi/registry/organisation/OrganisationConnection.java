package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.graphql.TotalCount;

@Description("A page of organisations.")
public record OrganisationConnection(
        @NonNull @Description("The organisations of this page with their cursors.") List<@NonNull OrganisationEdge> edges,
        @NonNull @Description("The organisations of this page.") List<@NonNull OrganisationView> nodes,
        @NonNull @Description("Where this page sits in the whole list.") PageInfo pageInfo,
        @Ignore TotalCount total) {

    static OrganisationConnection of(Slice<OrganisationView> slice, Ordering<OrganisationView> ordering,
            TotalCount total) {
        List<OrganisationEdge> edges = slice.rows().stream()
                .map(o -> new OrganisationEdge(ordering.cursor(o, o.key()), o)).toList();
        return new OrganisationConnection(edges, slice.rows(), slice.pageInfoWith(o -> ordering.cursor(o, o.key())),
                total);
    }
}
