package org.fazhi.registry.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fazhi.registry.extraction.OrganisationKind;

/** The fields of an organisation an integrator sets, to tell whether an upsert changes any. */
record OrganisationFields(String name, OrganisationKind kind, String creditCode, Long parentId, String divisionCode,
        String divisionName, Set<String> otherNames, Set<List<String>> identifiers) {

    static OrganisationFields of(Organisation o, Set<List<String>> identifiers) {
        return new OrganisationFields(o.name, o.kind, o.creditCode, o.parentId, o.divisionCode, o.divisionName,
                Set.copyOf(o.otherNames), Set.copyOf(identifiers));
    }

    /** True when the fields that place an organisation by its name (name, parent, credit code) are the same. */
    boolean placedAlike(Organisation o) {
        return name.equals(o.name) && Objects.equals(parentId, o.parentId) && Objects.equals(creditCode, o.creditCode);
    }

    /** True when the names the name index keys are the same. */
    boolean namedAlike(OrganisationFields other) {
        return name.equals(other.name) && otherNames.equals(other.otherNames);
    }
}
