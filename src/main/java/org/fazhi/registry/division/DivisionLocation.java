package org.fazhi.registry.division;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a name places a body: one division, or several candidates when the name and its context leave it open.")
public record DivisionLocation(
        @Description("The division, when exactly one fits; null when none or several do.") DivisionView division,
        @NonNull @Description("Every division that fits, in code order; a person picks one when there are several.") List<@NonNull DivisionView> candidates) {

    static DivisionLocation of(List<DivisionRecord> found) {
        List<DivisionView> candidates = found.stream().map(DivisionView::of)
                .sorted(java.util.Comparator.comparing(DivisionView::code)).toList();
        return new DivisionLocation(candidates.size() == 1 ? candidates.get(0) : null, candidates);
    }
}
