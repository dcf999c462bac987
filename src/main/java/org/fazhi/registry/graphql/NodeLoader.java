package org.fazhi.registry.graphql;

import java.util.Optional;

/** Loads the objects of one node type by row id; each concern registers one for its types. */
public interface NodeLoader {

    NodeType type();

    Optional<? extends Node> load(long id);
}
