package org.fazhi.registry.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;

/**
 * Loads the objects of one node type by row id, many in one query, reading the columns behind the
 * fields a query asks for. Each concern registers one for each of its node types; {@code node(id)},
 * {@code nodes(ids)} and the concern's own single-object query all go through it.
 */
public abstract class NodeLoader<V extends Node> {

    /** Loads the objects of the given ids by id, in one query, with at least {@code fields} filled in. */
    @FunctionalInterface
    protected interface Loader<V> {
        /** Unknown ids are left out of the answer. */
        Map<Long, V> load(Collection<Long> ids, Set<String> fields);
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

    public Map<Long, V> loadAll(Collection<Long> ids, Set<String> fields) {
        return ids.isEmpty() ? Map.of() : loader.load(ids, fields);
    }

    public Optional<V> load(long id, Set<String> fields) {
        return Optional.ofNullable(loadAll(List.of(id), fields).get(id));
    }

    /** The object {@code globalId} names when it is of this loader's type; null otherwise. */
    public V find(String globalId, Set<String> fields) {
        return GlobalId.decode(globalId, type).flatMap(id -> load(id, fields)).orElse(null);
    }
}
