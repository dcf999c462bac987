package org.fazhi.registry.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import io.smallrye.graphql.api.Context;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Guards batched resolvers that take arguments. SmallRye hands a batch the arguments of the first field it
 * serves (its data loaders are kept per type and field, not per argument), so two aliases of one field
 * with different arguments, such as {@code a: reports(first: 1) b: reports(first: 5)}, would both get the
 * first's answer. Such a request is refused with a clear error instead of answered wrongly.
 */
public final class UniformArguments {

    private UniformArguments() {
    }

    /** Refuses the request when the field {@code context} resolves is asked for with different arguments. */
    public static void require(Context context) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        String field = env.getField().getName();
        String parent = ((GraphQLNamedType) env.getParentType()).getName();
        Set<Map<String, Object>> arguments = new HashSet<>();
        QueryTraverser.newQueryTraverser().schema(env.getGraphQLSchema()).document(env.getDocument())
                .operationName(env.getOperationDefinition().getName()).variables(env.getVariables()).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment visited) {
                        if (visited.getField().getName().equals(field) && visited.getFieldsContainer().getName().equals(parent)) {
                            arguments.add(visited.getArguments());
                        }
                    }
                });
        if (arguments.size() > 1) {
            throw new BatchArgumentException("`" + parent + "." + field + "` is asked for with different arguments in one "
                    + "request; ask for each set of arguments in a request of its own");
        }
    }
}
