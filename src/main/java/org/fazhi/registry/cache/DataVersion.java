package org.fazhi.registry.cache;

/**
 * The data as one snapshot of the database saw it: the last committed change that every snapshot from now on sees
 * ({@code marker}), or none that can be named when the snapshot also saw a change that committed while an older
 * transaction was still running ({@code settled} false). Two settled snapshots with the same marker see exactly the
 * same committed changes, so an answer computed on or after the first can stand for the second.
 */
public record DataVersion(long marker, boolean settled) {

    /** A snapshot whose changes cannot be named: nothing is served from, or kept in, memory under it. */
    public static final DataVersion UNSETTLED = new DataVersion(-1, false);
}
