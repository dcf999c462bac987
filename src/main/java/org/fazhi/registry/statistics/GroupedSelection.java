package org.fazhi.registry.statistics;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.persistence.Conditions;

/**
 * What grouped statistics aggregate: the reports a filter selects (HQL over {@code Report r}), the
 * reporting obligations of the same bodies and years (SQL over {@code ob} and {@code o}), and the groupings;
 * and the version of the data the request reads, read before any of its aggregates.
 */
record GroupedSelection(Conditions reports, Conditions obligations, List<StatisticsGrouping> groupings,
        DataVersion version) {

    /** What the aggregates of this selection depend on besides the data. */
    List<Object> signature() {
        return List.of(reports.signature(), obligations.signature(), groupings);
    }

    /** The groupings' expressions over {@code columns}, each followed by a comma; empty when ungrouped. */
    String keys(StatisticsGrouping.Columns columns) {
        return groupings.stream().map(g -> g.expression(columns) + ", ").collect(Collectors.joining());
    }

    /** The groupings' expressions over {@code columns}, comma-separated, for a PARTITION BY; empty when ungrouped. */
    String partition(StatisticsGrouping.Columns columns) {
        return groupings.isEmpty() ? "" : "partition by " + groupings.stream().map(g -> g.expression(columns))
                .collect(Collectors.joining(", ")) + " ";
    }

    int size() {
        return groupings.size();
    }
}
