package org.fazhi.registry.division;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.graphql.TotalCount;

@Description("A page of divisions, in code order: each division directly followed by the divisions under it.")
public record DivisionConnection(
        @NonNull @Description("The divisions of this page with their cursors.") List<@NonNull DivisionEdge> edges,
        @NonNull @Description("The divisions of this page.") List<@NonNull DivisionView> nodes,
        @NonNull @Description("Where this page sits in the whole list.") PageInfo pageInfo,
        @Ignore TotalCount total) {

    static DivisionConnection of(Slice<DivisionView> slice, TotalCount total) {
        List<DivisionEdge> edges = slice.rows().stream().map(d -> new DivisionEdge(cursor(d), d)).toList();
        return new DivisionConnection(edges, slice.rows(), slice.pageInfoWith(DivisionConnection::cursor), total);
    }

    /** Codes are all digits, so the code itself is the cursor's key. */
    private static String cursor(DivisionView d) {
        return PageRequest.cursor(Long.parseLong(d.code()));
    }
}
