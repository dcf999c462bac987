package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;

@Description("Who set a commitment's status.")
public enum StatusSource {
    @Description("The registry's automatic follow-up.")
    AUTO,
    @Description("A reviewer; the automatic follow-up never overwrites it.")
    REVIEWER
}
