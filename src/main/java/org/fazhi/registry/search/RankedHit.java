package org.fazhi.registry.search;

/** A hit and its position in the ranking, from 1. */
record RankedHit(long position, SearchHit hit) {
}
