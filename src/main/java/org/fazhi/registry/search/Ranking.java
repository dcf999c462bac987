package org.fazhi.registry.search;

import org.fazhi.registry.graphql.Slice;

/** A page of a search's ranking, how many hits the ranking holds, and whether it holds every hit. */
record Ranking(Slice<RankedHit> page, int total, boolean complete) {
}
