package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Relay's {@code node(id)}: fetches any object by its global ID. */
@GraphQLApi
public class NodeGraphQL {

    private final Map<NodeType, NodeLoader<?>> loaders = new EnumMap<>(NodeType.class);

    @Inject
    NodeGraphQL(Instance<NodeLoader<?>> all) {
        all.forEach(loader -> loaders.put(loader.type(), loader));
    }

    @Inject
    Context context;

    @Query("node")
    @Description("Any object by its global ID; null when the ID is unknown.")
    public Node node(@NonNull @Id @Name("id") @Description("A global ID from any object's `id` field.") String id) {
        Set<String> fields = Selection.fields(context, "Query", "node");
        return GlobalId.decode(id)
                .flatMap(g -> Optional.ofNullable(loaders.get(g.type())).flatMap(l -> l.load(g.id(), fields)))
                .orElse(null);
    }
}
