package org.fazhi.registry.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.StaleStateException;

/**
 * Recognises the database failures a client can neither cause nor avoid but may outlast, whatever layer (Hibernate,
 * the pool, the driver, the transaction manager) they surfaced through: read from the SQLSTATE of the causing
 * {@link SQLException} (PostgreSQL appendix A), from the lost races Hibernate reports itself, from a commit refused
 * because the transaction manager rolled the transaction back at its timeout, and from the pool giving up waiting for
 * a free connection.
 */
public enum DatabaseFailure {
    /** The database cannot be reached, or is shutting down or starting up. */
    UNREACHABLE,
    /** A statement or a transaction ran past its timeout and was cancelled. */
    TIMED_OUT,
    /** A concurrent transaction changed or inserted the same rows first, or the two deadlocked. */
    CONFLICT,
    /**
     * Every connection of the pool stayed in use for the whole acquisition timeout
     * ({@code quarkus.datasource.jdbc.acquisition-timeout}): the request never reached the database.
     */
    POOL_EXHAUSTED;

    /** Class 08: connection exceptions. */
    private static final String CONNECTION_CLASS = "08";
    /** Class 57P: the server is shutting down, was shut down by an administrator, or cannot take connections now. */
    private static final String OPERATOR_INTERVENTION = "57P";
    private static final String TOO_MANY_CONNECTIONS = "53300";
    private static final String QUERY_CANCELED = "57014";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    /** How the pool (Agroal) words its SQLException, which carries no SQLSTATE, when no connection freed in time. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    /** The kind of {@code failure}, or of one of its causes; empty for any other failure. */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<DatabaseFailure> kind = ofOne(t);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> ofOne(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return Optional.of(CONFLICT);
        }
        if (t instanceof ConnectException) {
            return Optional.of(UNREACHABLE);
        }
        if (t instanceof RollbackException) {
            // The application never rolls back by marking alone, so a refused commit is the timeout's rollback.
            return Optional.of(TIMED_OUT);
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT)) {
            return Optional.of(POOL_EXHAUSTED);
        }
        return t instanceof SQLException sql && sql.getSQLState() != null ? ofState(sql.getSQLState()) : Optional.empty();
    }

    private static Optional<DatabaseFailure> ofState(String state) {
        if (state.startsWith(CONNECTION_CLASS) || state.startsWith(OPERATOR_INTERVENTION)
                || state.equals(TOO_MANY_CONNECTIONS)) {
            return Optional.of(UNREACHABLE);
        }
        return switch (state) {
            case QUERY_CANCELED -> Optional.of(TIMED_OUT);
            case UNIQUE_VIOLATION, SERIALIZATION_FAILURE, DEADLOCK_DETECTED -> Optional.of(CONFLICT);
            default -> Optional.empty();
        };
    }
}
