package org.fazhi.registry.division;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Division")
@Description("A division of the administrative map (GB/T 2260 and the statistics office's township codes): a province, prefecture, county or township.")
public record DivisionView(
        @NonNull @Description("The code: six digits (GB/T 2260) for a province, prefecture or county, e.g. 500151; nine for a township, e.g. 500151113.") String code,
        @NonNull @Description("The division's own name, e.g. 铜梁区.") String name,
        @NonNull @Description("The names from the province down, groupings such as 市辖区 left out, e.g. 重庆市铜梁区.") String fullName,
        @NonNull @Description("The level of the map the division sits on.") DivisionLevel level,
        @NonNull @Description("Whether the division has a government of its own, only groups others, or is a zone counted like a division.") DivisionType type,
        @Ignore String parentCode) {

    public static DivisionView of(DivisionRecord d) {
        return new DivisionView(d.code(), d.name(), d.fullName(), d.level(), d.type(), d.parentCode());
    }

    static DivisionView of(Division d) {
        return of(d.record());
    }
}
