package org.fazhi.registry.graphql;

import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a document asks of the service, measured as written, before the GraphQL engine expands a single fragment
 * (its validation and its depth and complexity limits all expand them, so a few doubling fragments would make them
 * run for minutes): the fields selected once each fragment spread is counted as often as it occurs, the
 * {@link ExpensiveField}s among them and the report text those carry. Each fragment is measured once, so measuring
 * costs one pass over the document however far its fragments would expand.
 */
final class OperationCost {

    /** Where counts stop growing: far above every limit, far below overflow. */
    private static final long CEILING = Long.MAX_VALUE / 4;

    /** The measures of one operation or fragment. */
    record Cost(long fields, long expensiveFields, long textBytes) {
        static final Cost NONE = new Cost(0, 0, 0);

        Cost plus(Cost other) {
            return new Cost(Math.min(CEILING, fields + other.fields),
                    Math.min(CEILING, expensiveFields + other.expensiveFields), Math.min(CEILING, textBytes + other.textBytes));
        }

        /** Each measure at its largest of the two. */
        Cost max(Cost other) {
            return new Cost(Math.max(fields, other.fields), Math.max(expensiveFields, other.expensiveFields),
                    Math.max(textBytes, other.textBytes));
        }
    }

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Cost> measured = new HashMap<>();
    private final Set<String> measuring = new HashSet<>();
    private final Map<String, Object> variables;
    private final Map<String, Long> textSizes = new IdentityHashMap<>();

    private OperationCost(Document document, Map<String, Object> variables) {
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
        this.variables = variables;
    }

    /**
     * The largest measures among the document's operations and fragments: the engine validates every definition of a
     * document, whichever operation it then runs.
     */
    static Cost worst(Document document, Map<String, Object> variables) {
        OperationCost cost = new OperationCost(document, variables);
        Cost worst = Cost.NONE;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                worst = worst.max(cost.of(operation.getSelectionSet()));
            } else if (definition instanceof FragmentDefinition fragment) {
                worst = worst.max(cost.fragment(fragment.getName()));
            }
        }
        return worst;
    }

    private Cost of(SelectionSet selections) {
        Cost total = Cost.NONE;
        if (selections == null) {
            return total;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                total = total.plus(field(field));
            } else if (selection instanceof InlineFragment inline) {
                total = total.plus(of(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                total = total.plus(fragment(spread.getName()));
            }
        }
        return total;
    }

    private Cost fragment(String name) {
        Cost known = measured.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !measuring.add(name)) {
            return Cost.NONE; // unknown or spread within itself: the engine's validation refuses the document
        }
        Cost cost = of(definition.getSelectionSet());
        measuring.remove(name);
        measured.put(name, cost);
        return cost;
    }

    private Cost field(Field field) {
        Cost own = ExpensiveField.named(field.getName())
                .map(expensive -> new Cost(1, 1, text(field.getArguments(), expensive.textPath())))
                .orElse(new Cost(1, 0, 0));
        return own.plus(of(field.getSelectionSet()));
    }

    /** The size of the text at {@code path} among {@code arguments}, written in place or given as a variable. */
    private long text(List<Argument> arguments, List<String> path) {
        if (path.isEmpty()) {
            return 0;
        }
        Object value = arguments.stream().filter(a -> a.getName().equals(path.get(0))).findFirst()
                .map(Argument::getValue).orElse(null);
        for (String member : path.subList(1, path.size())) {
            value = member(resolve(value), member);
        }
        value = resolve(value);
        if (value instanceof StringValue literal) {
            value = literal.getValue();
        }
        return value instanceof String text ? textSizes.computeIfAbsent(text, OperationCost::utf8Bytes) : 0;
    }

    private Object resolve(Object value) {
        return value instanceof VariableReference reference ? variables.get(reference.getName()) : value;
    }

    private static Object member(Object value, String name) {
        if (value instanceof ObjectValue object) {
            return object.getObjectFields().stream().filter(f -> f.getName().equals(name)).findFirst()
                    .map(ObjectField::getValue).orElse(null);
        }
        return value instanceof Map<?, ?> map ? map.get(name) : null;
    }

    /** The length of {@code text} in UTF-8, counted without encoding it. */
    private static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
