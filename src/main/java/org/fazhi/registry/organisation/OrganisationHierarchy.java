package org.fazhi.registry.organisation;

import java.util.HashSet;
import java.util.Set;

/** Walks the parent chain of organisations, guarding against cycles that would loop forever. */
final class OrganisationHierarchy {

    private OrganisationHierarchy() {
    }

    /** True when {@code candidateId} is {@code start} itself or one of its ancestors. */
    static boolean isAncestorOrSelf(long candidateId, Organisation start) {
        Set<Long> seen = new HashSet<>();
        Organisation current = start;
        while (current != null && seen.add(current.id)) {
            if (current.id == candidateId) {
                return true;
            }
            current = current.parentId == null ? null : Organisation.findById(current.parentId);
        }
        return false;
    }
}
