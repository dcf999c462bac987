package org.fazhi.registry.persistence;

import java.sql.SQLException;

/** A read that failed in the database or on the way to it; the SQLException stays its cause. */
public class DatabaseReadException extends RuntimeException {

    public DatabaseReadException(String sql, SQLException cause) {
        super("could not read: " + sql, cause);
    }
}
