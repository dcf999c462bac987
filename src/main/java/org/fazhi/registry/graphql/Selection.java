package org.fazhi.registry.graphql;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import io.smallrye.graphql.api.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a query asks for under one field of the schema, so a resolver reads only the columns
 * that answer them. A batched resolver serves every place its field appears in the query at once
 * (two aliased {@code reports} lists share one {@code sections} batch), so the selection is the union
 * over all those places, never just the one the engine happened to hand the resolver.
 */
public final class Selection {

    private static final String OPERATION = Selection.class.getName();

    private Selection() {
    }

    /** The fields the query selects under {@code field} of {@code type} (e.g. Report, sections) wherever it appears. */
    public static Set<String> fields(Context context, String type, String field) {
        return childNames(occurrences(context, type, field));
    }

    /**
     * The fields the query selects of the nodes of the connection {@code field} of {@code type} returns,
     * under {@code nodes} and under {@code edges { node }}.
     */
    public static Set<String> nodeFields(Context context, String type, String field) {
        List<ExecutableNormalizedField> connections = occurrences(context, type, field);
        Set<String> names = childNames(children(connections, "nodes"));
        names.addAll(childNames(children(children(connections, "edges"), "node")));
        return names;
    }

    private static List<ExecutableNormalizedField> occurrences(Context context, String type, String field) {
        return operation(context.unwrap(DataFetchingEnvironment.class)).getCoordinatesToNormalizedFields()
                .get(FieldCoordinates.coordinates(type, field));
    }

    /** The query in normalised form (fragments inlined, aliases resolved), built once per request. */
    private static ExecutableNormalizedOperation operation(DataFetchingEnvironment dfe) {
        return dfe.getGraphQlContext().computeIfAbsent(OPERATION, key -> ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperation(dfe.getGraphQLSchema(), dfe.getOperationDefinition(),
                        dfe.getFragmentsByName(), CoercedVariables.of(dfe.getVariables())));
    }

    private static List<ExecutableNormalizedField> children(List<ExecutableNormalizedField> parents, String name) {
        return parents.stream().flatMap(p -> p.getChildren().stream()).filter(c -> c.getName().equals(name)).toList();
    }

    private static Set<String> childNames(List<ExecutableNormalizedField> parents) {
        Set<String> names = new HashSet<>();
        parents.forEach(p -> p.getChildren().forEach(c -> names.add(c.getName())));
        return names;
    }
}
