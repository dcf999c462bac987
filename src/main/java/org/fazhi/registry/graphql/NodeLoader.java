package org.fazhi.registry.graphql;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Loads the objects of one node type by row id. Each concern registers one for each of its node types;
 * {@code node(id)} and the concern's own single-object query both go through it.
 */
public abstract class NodeLoader<V extends Node> {

    private final NodeType type;
    private final LongFunction<Optional<V>> loader;

    protected NodeLoader(NodeType type, LongFunction<Optional<V>> loader) {
        this.type = type;
        this.loader = loader;
    }

    public NodeType type() {
        return type;
    }

    public Optional<V> load(long id) {
        return loader.apply(id);
    }

    /** The object {@code globalId} names when it is of this loader's type; null otherwise. */
    public V find(String globalId) {
        return GlobalId.decode(globalId, type).flatMap(this::load).orElse(null);
    }
}
