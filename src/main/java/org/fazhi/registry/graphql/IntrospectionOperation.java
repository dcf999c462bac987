package org.fazhi.registry.graphql;

import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;

/**
 * Whether an operation only reads the schema ({@code __schema}, {@code __type}, {@code __typename}), as the query
 * GraphQL UIs and code generators send does. Such an operation is bounded by its own shape: graphql-java's good-faith
 * check refuses repeated or overly nested introspection fields before execution.
 */
final class IntrospectionOperation {

    private static final String INTROSPECTION_PREFIX = "__";

    private IntrospectionOperation() {
    }

    static boolean is(ExecutionContext context) {
        return onlyIntrospection(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName());
    }

    private static boolean onlyIntrospection(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        for (Selection<?> selection : selections.getSelections()) {
            if (!isIntrospection(selection, fragments)) {
                return false;
            }
        }
        return true;
    }

    /** Validation has run: every fragment spread names a fragment of the document, and none spreads itself. */
    private static boolean isIntrospection(Selection<?> selection, Map<String, FragmentDefinition> fragments) {
        if (selection instanceof Field field) {
            return field.getName().startsWith(INTROSPECTION_PREFIX);
        }
        if (selection instanceof InlineFragment inline) {
            return onlyIntrospection(inline.getSelectionSet(), fragments);
        }
        return selection instanceof FragmentSpread spread
                && onlyIntrospection(fragments.get(spread.getName()).getSelectionSet(), fragments);
    }
}
