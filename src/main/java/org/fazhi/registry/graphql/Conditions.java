package org.fazhi.registry.graphql;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The WHERE clause of a filtered list query, built from the filter fields a client set. */
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

    /** Adds a clause without parameters. */
    public Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Restricts to rows after the page's cursor key. */
    public Conditions after(PageRequest page, String keyColumn) {
        return add(keyColumn + " > :afterKey", "afterKey", page.afterKey());
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        Parameters p = new Parameters();
        parameters.forEach(p::and);
        return p;
    }

    /** A copy without the cursor condition, for counting the whole filtered list. */
    public Conditions withoutCursor() {
        Conditions copy = new Conditions();
        for (String clause : clauses) {
            if (!clause.contains(":afterKey")) {
                copy.clauses.add(clause);
            }
        }
        parameters.forEach((k, v) -> {
            if (!k.equals("afterKey")) {
                copy.parameters.put(k, v);
            }
        });
        return copy;
    }
}
