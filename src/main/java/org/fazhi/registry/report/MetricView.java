package org.fazhi.registry.report;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.ParsedMetric;

@Name("Metric")
@Description("A quantity a report states, such as 受理诉求98831件 or 筹集善款30余万元.")
public record MetricView(
        @Ignore Long reportKey,
        @NonNull @Description("The number, e.g. 98831 or 30.") BigDecimal value,
        @NonNull @Description("The counting unit as written: 次, 件, 万元, %, 人次 ….") String unit,
        @Description("余, 多, 近, 以上 or 超过 when the number is approximate; null when exact.") String qualifier,
        @NonNull @Description("The clause the quantity stands in, saying what it counts.") String about,
        @Description("The known indicator the quantity stands for (行政复议案件, 纠错率, 普法活动 …), so that years and bodies line up; null when its clause matches none.") MetricIndicator indicator,
        @NonNull @Description("Where the quantity starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the quantity ends (exclusive) in the normalised text.") int endOffset) {

    static MetricView of(Metric m) {
        return new MetricView(m.reportId, m.value, m.unit, m.qualifier, m.about, m.indicator, m.startOffset, m.endOffset);
    }

    static MetricView of(ParsedMetric m) {
        return new MetricView(null, m.value(), m.unit(), m.qualifier(), m.about(), MetricIndicator.of(m.about(), m.unit()),
                m.span().start(), m.span().end());
    }
}
