package org.fazhi.registry.graphql;

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
