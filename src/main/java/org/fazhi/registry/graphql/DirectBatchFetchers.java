package org.fazhi.registry.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;

/**
 * Hands each object of a batched field ({@code @Source List<…>} resolvers: a report's sections, a
 * section's items) straight to the field's batch loader. SmallRye's own fetcher does, for every such
 * object of a response, what only the batch needs once: a request context with the field's selection
 * rendered as JSON, a metrics timer, and a Mutiny pipeline whose completion stage makes everything the
 * engine then does with the value capture and restore thread context. The batch itself still runs
 * through SmallRye with all of that, once. Fields with arguments besides their source keep SmallRye's fetcher.
 */
final class DirectBatchFetchers {

    private DirectBatchFetchers() {
    }

    /** {@code schema} with the direct fetcher on every batched field that has no arguments of its own. */
    static GraphQLSchema applyTo(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry direct = registry.transform(changed -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                    if (registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher<?> batch
                            && field.getArguments().isEmpty()) {
                        changed.dataFetcher(coordinates, new Direct(type.getName() + "_" + field.getName(), batch));
                    }
                }
            }
        });
        return schema.transform(s -> s.codeRegistry(direct));
    }

    /** Loads the source object through the batch loader SmallRye registered under {@code loader}. */
    private record Direct(String loader, DataFetcher<?> smallRye) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment dfe) throws Exception {
            DataLoader<Object, Object> batch = dfe.getDataLoader(loader);
            if (batch == null) {
                return smallRye.get(dfe); // named otherwise than SmallRye names batch loaders today
            }
            Map<String, Object> context = new HashMap<>();
            context.put(BatchLoaderHelper.ARGUMENTS, List.of());
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, dfe);
            return batch.load(dfe.getSource(), context);
        }
    }
}
