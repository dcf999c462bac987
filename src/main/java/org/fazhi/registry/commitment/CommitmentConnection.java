package org.fazhi.registry.commitment;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.Slice;

@Description("A page of commitments.")
public record CommitmentConnection(
        @NonNull @Description("The commitments of this page with their cursors.") List<@NonNull CommitmentEdge> edges,
        @NonNull @Description("The commitments of this page.") List<@NonNull CommitmentView> nodes,
        @NonNull @Description("Where this page sits in the whole list.") PageInfo pageInfo,
        @Ignore Conditions commitments) {

    static CommitmentConnection of(Slice<CommitmentView> slice, Ordering<CommitmentView> ordering,
            Conditions commitments) {
        List<CommitmentEdge> edges = slice.rows().stream()
                .map(c -> new CommitmentEdge(ordering.cursor(c, c.key()), c)).toList();
        return new CommitmentConnection(edges, slice.rows(), slice.pageInfoWith(c -> ordering.cursor(c, c.key())),
                commitments);
    }
}
