package org.fazhi.registry.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fazhi.registry.extraction.OrganisationKind;

/**
 * The values of a group's groupings, in the order the client asked for them; a value is null where the
 * grouping has none (a body not on the map).
 */
record GroupKey(List<Object> values) implements Comparable<GroupKey> {

    /** The key made of the first {@code size} columns of a result row. */
    static GroupKey of(Object[] row, int size) {
        return new GroupKey(Arrays.asList(Arrays.copyOf(row, size)));
    }

    /** The same key with values of the kind the grouping takes (SQL rows give the kind as text). */
    GroupKey typed(List<StatisticsGrouping> groupings) {
        List<Object> typed = new ArrayList<>(values);
        for (int i = 0; i < groupings.size(); i++) {
            Object v = typed.get(i);
            if (groupings.get(i) == StatisticsGrouping.ORGANISATION_KIND && v instanceof String s) {
                typed.set(i, OrganisationKind.valueOf(s));
            } else if (groupings.get(i) == StatisticsGrouping.REPORT_YEAR && v instanceof Number n) {
                typed.set(i, n.intValue());
            }
        }
        return new GroupKey(typed);
    }

    Object value(List<StatisticsGrouping> groupings, StatisticsGrouping grouping) {
        int at = groupings.indexOf(grouping);
        return at < 0 ? null : values.get(at);
    }

    /** Value by value, nulls last. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(GroupKey other) {
        for (int i = 0; i < values.size(); i++) {
            Comparable a = (Comparable) values.get(i);
            Comparable b = (Comparable) other.values.get(i);
            int c = a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
