package org.fazhi.registry.graphql;

/**
 * The size of a connection's whole list, counted only when a client selects {@code totalCount}: counting
 * every matching row costs more than reading the page, and most clients never ask.
 */
@FunctionalInterface
public interface TotalCount {

    int get();
}
