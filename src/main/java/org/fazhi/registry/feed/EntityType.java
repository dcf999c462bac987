package org.fazhi.registry.feed;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of object a change event is about.")
public enum EntityType {
    @Description("An organisation.")
    ORGANISATION,
    @Description("A report.")
    REPORT,
    @Description("A commitment.")
    COMMITMENT
}
