package org.fazhi.registry.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads the objects of one node type by row id, many in one query. Each concern registers one for each of
 * its node types; {@code node(id)}, {@code nodes(ids)} and the concern's own single-object query all go
 * through it.
 */
public abstract class NodeLoader<V extends Node> {

    private final NodeType type;
    private final Function<Collection<Long>, Map<Long, V>> loader;

    /** @param loader the objects of the given ids by id, read in one query; unknown ids are left out */
    protected NodeLoader(NodeType type, Function<Collection<Long>, Map<Long, V>> loader) {
        this.type = type;
        this.loader = loader;
    }

    public NodeType type() {
        return type;
    }

    public Map<Long, V> loadAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : loader.apply(ids);
    }

    public Optional<V> load(long id) {
        return Optional.ofNullable(loadAll(List.of(id)).get(id));
    }

    /** The object {@code globalId} names when it is of this loader's type; null otherwise. */
    public V find(String globalId) {
        return GlobalId.decode(globalId, type).flatMap(this::load).orElse(null);
    }
}
