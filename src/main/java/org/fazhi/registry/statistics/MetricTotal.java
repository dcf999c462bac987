package org.fazhi.registry.statistics;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The sum of the quantities reports of one year state in one unit (件, 次, 万元 …), whatever they count.")
public record MetricTotal(
        @NonNull @Description("The unit.") String unit,
        @NonNull @Description("The year the reports cover.") int year,
        @NonNull @Description("The sum of the values; qualifiers such as 余 or 近 are ignored.") BigDecimal total,
        @NonNull @Description("How many quantities were summed.") int count) {
}
