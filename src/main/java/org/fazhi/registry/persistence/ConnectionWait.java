package org.fazhi.registry.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a failure to get a database connection within the pool's acquisition timeout
 * ({@code quarkus.datasource.jdbc.acquisition-timeout}): the request waited its bounded time and never
 * reached the database. The pool (Agroal) reports it as an SQLException whose message names the
 * acquisition timeout, wrapped by whatever layer asked for the connection.
 */
public final class ConnectionWait {

    private static final String TIMEOUT = "acquisition timeout";

    private ConnectionWait() {
    }

    /** True when {@code failure}, or one of its causes, is the pool giving up waiting for a free connection. */
    public static boolean ranOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
