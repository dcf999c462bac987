package org.fazhi.registry.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view component that the resolvers of other fields read (an organisation's {@code division} is
 * looked up by its division code): {@link Projection} reads it whenever a query selects one of those
 * fields, even when the query does not select the component itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ReadFor {

    /** The names of the fields whose resolvers read the component. */
    String[] value();
}
