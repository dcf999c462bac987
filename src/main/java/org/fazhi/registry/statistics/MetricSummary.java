package org.fazhi.registry.statistics;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.report.MetricIndicator;

@Description("The quantities of one indicator and unit. Counts and amounts are summed; percentages are never summed, only described by their count, mean, minimum and maximum.")
public record MetricSummary(
        @Description("The known indicator; null for quantities whose clause matches none.") MetricIndicator indicator,
        @NonNull @Description("The unit as written: 件, 次, 万元, % ….") String unit,
        @NonNull @Description("How many quantities there are.") int count,
        @Description("Their sum; null for percentages and other ratios, which are never summed.") BigDecimal sum,
        @NonNull @Description("Their mean.") BigDecimal mean,
        @NonNull @Description("The smallest.") BigDecimal min,
        @NonNull @Description("The largest.") BigDecimal max) {
}
