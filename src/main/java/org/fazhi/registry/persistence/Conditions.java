package org.fazhi.registry.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a filtered list query, built from the filter fields a client set. Where a page starts is not part
 * of it but a {@link Keyset} beside it, so one filter serves the count and every page.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} with its named parameter when {@code value} is set. */
    public Conditions add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code clause} with its named parameters; the caller only calls it for a filter field that is set. */
    public Conditions add(String clause, Map<String, ?> namedValues) {
        clauses.add(clause);
        parameters.putAll(namedValues);
        return this;
    }

    /** Adds a clause without parameters. */
    public Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A LIKE pattern matching text that contains {@code value} literally; null when {@code value} is null. */
    public static String containing(String value) {
        return value == null ? null : "%" + escapeLike(value) + "%";
    }

    /** A LIKE pattern matching text that starts with {@code value} literally; null when {@code value} is null. */
    public static String startingWith(String value) {
        return value == null ? null : escapeLike(value) + "%";
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /** The WHERE clause of the rows after {@code after} among those the filter selects. */
    public String where(Keyset after) {
        if (after.atStart()) {
            return where();
        }
        return clauses.isEmpty() ? after.clause() : where() + " and " + after.clause();
    }

    public Parameters parameters() {
        Parameters p = new Parameters();
        parameters.forEach(p::and);
        return p;
    }

    /** The parameters of {@link #where(Keyset)}. */
    public Map<String, Object> parameters(Keyset after) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(after.parameters());
        return all;
    }

    /** The clauses and their values: equal for conditions that select the same rows with the same statement. */
    public List<Object> signature() {
        return List.of(List.copyOf(clauses), Map.copyOf(parameters));
    }

    /** An independent copy, to add clauses to without changing this one. */
    public Conditions copy() {
        Conditions copy = new Conditions();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }
}
