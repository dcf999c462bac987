package org.fazhi.registry.organisation;

import java.util.List;
import org.fazhi.registry.extraction.OrganisationKind;

/**
 * An organisation a report text names and the registry does not certainly know.
 *
 * @param confirmed false when registered bodies may be the same one, or the name lacks its place
 * @param candidateIds the registered bodies it may be
 */
public record DetectedOrganisation(String name, OrganisationKind kind, String creditCode, boolean confirmed,
        List<Long> candidateIds) {
}
