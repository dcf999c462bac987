package org.fazhi.registry.graphql;

import java.util.Optional;
import java.util.Set;

/**
 * Loads the objects of one node type by row id, reading the columns behind the fields a query asks for.
 * Each concern registers one for each of its node types; {@code node(id)} and the concern's own
 * single-object query both go through it.
 */
public abstract class NodeLoader<V extends Node> {

    /** Loads the object with row id {@code id}, with at least {@code fields} filled in. */
    @FunctionalInterface
    protected interface Loader<V> {
        Optional<V> load(long id, Set<String> fields);
    }

    private final NodeType type;
    private final Loader<V> loader;

    protected NodeLoader(NodeType type, Loader<V> loader) {
        this.type = type;
        this.loader = loader;
    }

    public NodeType type() {
        return type;
    }

    public Optional<V> load(long id, Set<String> fields) {
        return loader.load(id, fields);
    }

    /** The object {@code globalId} names when it is of this loader's type; null otherwise. */
    public V find(String globalId, Set<String> fields) {
        return GlobalId.decode(globalId, type).flatMap(id -> load(id, fields)).orElse(null);
    }
}
