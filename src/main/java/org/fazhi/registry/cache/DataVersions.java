package org.fazhi.registry.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.fazhi.registry.persistence.DatabaseReadException;

/**
 * Reads the {@link DataVersion} of now from {@code data_change} (migrations V12_1, V13_1), where every transaction
 * that changes a table a kept answer reads leaves its id. Below the snapshot's xmin every transaction has ended, so
 * the highest id there is a change every later snapshot sees too; a change visible at or above xmin committed while
 * an older transaction still ran, and leaves the snapshot unsettled until that one ends. One index probe each, in one
 * statement, so both parts read the same snapshot.
 */
@ApplicationScoped
public class DataVersions {

    private static final String NOW = """
            select coalesce((select max(c.tx_id) from data_change c where c.tx_id < pg_snapshot_xmin(s))::text, '0'),
                   not exists (select 1 from data_change c where c.tx_id >= pg_snapshot_xmin(s))
            from pg_current_snapshot() s""";

    private final AgroalDataSource dataSource;

    public DataVersions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The version of the data as of this statement: read it before any answer that is to be kept under it. */
    public DataVersion now() {
        try (Connection c = dataSource.getConnection()) {
            return now(c);
        } catch (SQLException e) {
            throw new DatabaseReadException(NOW, e);
        }
    }

    /**
     * {@link #now()} on a connection the caller holds, and goes on to read the answer with. Prepared, so that a
     * connection that reads it often has it planned once.
     */
    public DataVersion now(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement(NOW); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBoolean(2) ? new DataVersion(Long.parseLong(rs.getString(1)), true) : DataVersion.UNSETTLED;
        } catch (SQLException e) {
            throw new DatabaseReadException(NOW, e);
        }
    }
}
