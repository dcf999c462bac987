package org.fazhi.registry.search;

import org.eclipse.microprofile.graphql.Description;

@Description("What a search hit is.")
public enum SearchHitKind {
    @Description("A whole report: the query occurs in its title or text.")
    REPORT,
    @Description("An item of a report's sections.")
    ITEM,
    @Description("A commitment of a report's plan for the next year.")
    COMMITMENT
}
