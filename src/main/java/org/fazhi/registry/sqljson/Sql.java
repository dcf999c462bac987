package org.fazhi.registry.sqljson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An SQL statement being written, with the values of its {@code ?} placeholders in the order they appear. */
final class Sql {

    /** What GraphQL allows as a name or alias, so it can stand in the SQL text as a string literal. */
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private final StringBuilder text = new StringBuilder(2048);
    private final List<Object> values = new ArrayList<>();
    private int aliases;

    Sql append(String sql) {
        text.append(sql);
        return this;
    }

    /** A placeholder for {@code value}, which the statement is sent with. */
    Sql value(Object value) {
        text.append('?');
        values.add(value);
        return this;
    }

    /** A JSON key: a GraphQL result key, which is a name. */
    Sql key(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a GraphQL name: " + name);
        }
        text.append('\'').append(name).append("', ");
        return this;
    }

    /** A table alias not used before in this statement. */
    String alias(String prefix) {
        return prefix + ++aliases;
    }

    String text() {
        return text.toString();
    }

    List<Object> values() {
        return values;
    }
}
