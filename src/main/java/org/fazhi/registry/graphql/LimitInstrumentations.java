package org.fazhi.registry.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs the query limits ({@code registry.graphql.max-depth} and {@code max-complexity}) and the error codes of {@link RequestErrors} in the
 * GraphQL engine, ahead of the server's own instrumentation (its document cache). The server's limits stay
 * unconfigured: its depth limit also counts introspection, and its errors carry no code. Loaded by the server as a
 * service (META-INF/services) just before the engine is built.
 */
public class LimitInstrumentations implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        int maxDepth = config.getValue("registry.graphql.max-depth", Integer.class);
        int maxComplexity = config.getValue("registry.graphql.max-complexity", Integer.class);
        // The builder does not tell what it holds; an engine built from it does.
        Instrumentation servers = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new UnlessIntrospection(new DepthLimit(maxDepth)), new UnlessIntrospection(new ComplexityLimit(maxComplexity)),
                new RequestErrors(), servers)));
    }
}
