package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;

/** Relay's {@code node(id)} and {@code nodes(ids)}: fetch any objects by their global IDs. */
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

    @Query("nodes")
    @Description("Objects of any type by their global IDs, in the order asked, null for each unknown ID; one query per type.")
    public @NonNull List<Node> nodes(
            @NonNull @Name("ids") @Description("At most 100 global IDs from any objects' `id` fields. Typed String: the GraphQL server the registry runs on cannot take a list of IDs as an argument.") List<@NonNull String> ids)
            throws InvalidArgumentException {
        if (ids.size() > PageRequest.MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("`ids` may hold at most " + PageRequest.MAX_PAGE_SIZE + " IDs, held " + ids.size());
        }
        Set<String> fields = Selection.fields(context, "Query", "nodes");
        List<Optional<GlobalId>> decoded = ids.stream().map(GlobalId::decode).toList();
        Map<NodeType, Map<Long, ? extends Node>> found = decoded.stream().flatMap(Optional::stream)
                .filter(g -> loaders.containsKey(g.type()))
                .collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::id, Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> loaders.get(e.getKey()).loadAll(e.getValue(), fields)));
        return decoded.stream().map(g -> g.map(id -> (Node) found.getOrDefault(id.type(), Map.of()).get(id.id()))
                .orElse(null)).toList();
    }
}
