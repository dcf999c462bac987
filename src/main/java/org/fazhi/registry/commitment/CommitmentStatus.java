package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;

@Description("How far a commitment was carried out, as the registry or a reviewer judged.")
public enum CommitmentStatus {
    @Description("No report for the target year yet.")
    PLANNED,
    @Description("The target year's report describes measures that carry the commitment out (automatic).")
    EVIDENCED,
    @Description("The target year's report carries out the commitment's core but not all of it, or matches it only weakly (automatic).")
    PARTLY_EVIDENCED,
    @Description("The target year's report describes nothing that matches the commitment (automatic).")
    NOT_EVIDENCED,
    @Description("A reviewer judged the commitment carried out.")
    FULFILLED,
    @Description("A reviewer judged the commitment partly carried out.")
    PARTIAL,
    @Description("A reviewer judged the commitment abandoned.")
    DROPPED
}
