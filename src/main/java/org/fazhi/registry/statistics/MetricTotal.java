package org.fazhi.registry.statistics;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The quantities reports of one year state in one unit (件, 次, 万元, % …), whatever they count: counts and amounts summed, percentages only described (see `groups.metrics` for indicators).")
public record MetricTotal(
        @NonNull @Description("The unit.") String unit,
        @NonNull @Description("The year the reports cover.") int year,
        @Description("The sum of the values, qualifiers such as 余 or 近 ignored; null for percentages and other ratios, which are never summed.") BigDecimal total,
        @NonNull @Description("How many quantities there are.") int count,
        @NonNull @Description("Their mean.") BigDecimal mean,
        @NonNull @Description("The smallest.") BigDecimal min,
        @NonNull @Description("The largest.") BigDecimal max) {
}
