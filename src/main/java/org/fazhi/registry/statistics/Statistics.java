package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.persistence.Conditions;

@Description("Aggregates over the reports a filter selects and what was read from them; each field is one SQL aggregate, computed only when asked for, and served again from memory until a change to what it counts commits.")
public record Statistics(
        @Ignore Conditions reports,
        @Ignore GroupedSelection selection,
        @NonNull @Description("How many reports the filter selects.") int reportCount) {

    /** The version of the data this request reads, read before any of its aggregates. */
    DataVersion version() {
        return selection.version();
    }
}
