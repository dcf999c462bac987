package org.fazhi.registry.graphql;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Relay's {@code node(id)}: fetches any object by its global ID. */
@GraphQLApi
@Transactional // each resolver in a transaction of its own: its connection is released when it returns
public class NodeGraphQL {

    private final Map<NodeType, NodeLoader<?>> loaders = new EnumMap<>(NodeType.class);

    @Inject
    NodeGraphQL(Instance<NodeLoader<?>> all) {
        all.forEach(loader -> loaders.put(loader.type(), loader));
    }

    @Query("node")
    @Description("Any object by its global ID; null when the ID is unknown.")
    public Node node(@NonNull @Id @Name("id") @Description("A global ID from any object's `id` field.") String id) {
        return GlobalId.decode(id)
                .flatMap(g -> java.util.Optional.ofNullable(loaders.get(g.type())).flatMap(l -> l.load(g.id())))
                .orElse(null);
    }
}
