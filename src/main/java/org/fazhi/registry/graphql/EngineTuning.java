package org.fazhi.registry.graphql;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Trims the per-object work SmallRye adds to the GraphQL engine, once the engine is built: batched
 * fields hand their objects straight to the batch loaders ({@link DirectBatchFetchers}), instrumentation
 * runs per operation, not per field ({@link OperationInstrumentation}), and with the default field
 * visibility no field is matched against patterns. Together with {@link PlainFieldFetchers} this moved
 * the dashboard query's CPU time from SmallRye's machinery to the engine's own work (bench/RESULTS.md).
 */
public class EngineTuning implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL asConfigured = builder.build();
        return builder.instrumentation(OperationInstrumentation.of(asConfigured.getInstrumentation()))
                .schema(defaultVisibility(DirectBatchFetchers.applyTo(asConfigured.getGraphQLSchema())));
    }

    /**
     * SmallRye turns the default visibility setting ("default") into a list of blocked-field patterns
     * holding that one word, then matches every field of every response against it; it blocks nothing.
     */
    private static GraphQLSchema defaultVisibility(GraphQLSchema schema) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            return schema;
        }
        return schema.transform(s -> s.codeRegistry(schema.getCodeRegistry()
                .transform(r -> r.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }
}
