package org.fazhi.registry.graphql;

import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.registry.outcome.Echo;

/**
 * GraphQL's Int is a signed 32-bit integer, and a larger value is a request error (spec, section 3.5.1). The engine
 * used here lets such values through and wraps them ({@code first: 2147483648} arrives as -2147483648), so they are
 * refused here as written: integer literals (Int is the only number this API takes as input) and the values of
 * variables declared Int.
 */
final class IntRange {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private IntRange() {
    }

    /** Why {@code document} with {@code variables} holds an Int out of range; empty when it holds none. */
    static Optional<String> violation(Document document, Map<String, Object> variables) {
        Optional<String> literal = literal(document);
        if (literal.isPresent()) {
            return literal;
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                if (isInt(variable.getType()) && !fits(variables.get(variable.getName()))) {
                    return Optional.of("the variable $" + variable.getName() + " is not an Int (a signed 32-bit integer): "
                            + Echo.of(String.valueOf(variables.get(variable.getName()))));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Node<?> node) {
        if (node instanceof IntValue value && !inRange(value.getValue())) {
            return Optional.of(Echo.of(value.getValue().toString()) + " is not an Int (a signed 32-bit integer)");
        }
        for (Node<?> child : node.getChildren()) {
            Optional<String> found = literal(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isInt(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return isInt(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return isInt(list.getType());
        }
        return type instanceof TypeName name && name.getName().equals("Int");
    }

    /** True for a value a variable of type Int (or a list of them) may hold: null, or integers in range. */
    private static boolean fits(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(IntRange::fits);
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            return decimal.stripTrailingZeros().scale() > 0 || inRange(decimal.toBigInteger());
        }
        return true; // not a number at all: the engine refuses it with its own error
    }

    private static boolean inRange(BigInteger value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }
}
