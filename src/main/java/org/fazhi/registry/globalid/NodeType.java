package org.fazhi.registry.globalid;


/** The kinds of object that carry a global id. */
public enum NodeType {
    Organisation,
    Report,
    Section,
    Item,
    Commitment,
    Problem,
    Metric,
    Citation
}
