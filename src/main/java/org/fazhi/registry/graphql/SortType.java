package org.fazhi.registry.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/** How the sort value of a row is written into a cursor and read back as a query parameter. */
public enum SortType {
    INTEGER(Integer::valueOf),
    DATE(LocalDate::parse),
    TIMESTAMP(OffsetDateTime::parse),
    TEXT(Function.identity());

    private final Function<String, Object> parser;

    SortType(Function<String, ?> parser) {
        this.parser = parser::apply;
    }

    public Object parse(String value) {
        return parser.apply(value);
    }
}
