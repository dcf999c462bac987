package org.fazhi.registry.organisation;

/**
 * Fired inside the merging transaction, before the merged organisation is deleted, so that what belongs to it
 * elsewhere (reports, commitments) moves to the one that remains in the same transaction.
 */
public record OrganisationsMerged(long sourceId, long targetId, String actor) {
}
