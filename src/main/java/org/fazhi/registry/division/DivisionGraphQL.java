package org.fazhi.registry.division;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.persistence.Conditions;

/** The administrative map part of the API. */
@GraphQLApi
public class DivisionGraphQL {

    @Inject
    DivisionQuery query;

    @Inject
    DivisionDirectory directory;

    @Query("division")
    @Description("One division by its code; null when the table has none.")
    public DivisionView division(@NonNull @Name("code") @Description("Six digits (GB/T 2260), or nine for a township; the twelve-digit statistics form of a township is accepted.") String code) {
        String normalised = DivisionCodes.normalise(code);
        return normalised == null ? null : query.byCodes(List.of(normalised)).values().stream().findFirst()
                .map(DivisionView::of).orElse(null);
    }

    @Query("divisions")
    @Description("Divisions in code order (each followed by those under it), filtered and paged.")
    public @NonNull DivisionConnection divisions(
            @Name("parentCode") @Description("Only the divisions directly under this one, e.g. 500100 for the districts of 重庆市.") String parentCode,
            @Name("level") @Description("Only divisions on this level.") DivisionLevel level,
            @Name("nameContains") @Description("Only divisions whose full name contains this text, in simplified or traditional characters: 銅梁 finds 重庆市铜梁区.") String nameContains,
            @Name("first") @Description("How many divisions to return, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return divisions after this cursor.") String after) throws InvalidArgumentException {
        Conditions divisions = DivisionQuery.conditions(parentCode, level, nameContains);
        return DivisionConnection.of(query.page(divisions, PageRequest.of(first, after)).map(DivisionView::of),
                () -> query.count(divisions));
    }

    @Description("How many divisions the whole filtered list holds.")
    public int totalCount(@Source DivisionConnection connection) {
        return connection.total().get();
    }

    @Query("locateDivision")
    @Description("Where a body's name places it: 桃源县人民政府 in 湖南省常德市桃源县, 东城街道 in one of forty divisions unless the context tells which.")
    public @NonNull DivisionLocation locateDivision(
            @NonNull @Name("name") @Description("The body's name as written, e.g. 庆隆镇人民政府 or 中共铜梁区委.") String name,
            @Name("context") @Description("What else tells where the body sits: a report's title and recipient line, a division nearby.") PlaceContextInput context) {
        return DivisionLocation.of(directory.locate(name, context == null ? PlaceContext.NONE : context.toContext()));
    }

    @Description("The division this one lies directly in; null for a province.")
    public List<DivisionView> parent(@Source List<DivisionView> divisions) {
        Map<String, Division> parents = query.byCodes(divisions.stream().map(DivisionView::parentCode)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return divisions.stream().map(d -> d.parentCode() == null ? null : parents.get(d.parentCode()))
                .map(p -> p == null ? null : DivisionView.of(p)).toList();
    }

    @Description("The divisions directly under this one, in code order.")
    public List<@NonNull List<@NonNull DivisionView>> children(@Source List<DivisionView> divisions) {
        List<Division> rows = query.childrenOf(divisions.stream().map(DivisionView::code).toList());
        Map<String, List<DivisionView>> byParent = rows.stream().collect(Collectors.groupingBy(d -> d.parentCode,
                Collectors.mapping(DivisionView::of, Collectors.toList())));
        return divisions.stream().map(d -> byParent.getOrDefault(d.code(), List.of())).toList();
    }
}
