package org.fazhi.registry.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads view rows with one plain SQL statement each, on a connection that goes back to the pool as
 * soon as the statement ran (in autocommit, unless the caller is inside a transaction). Used where a
 * resolver reads the children or the rows of many ids at once: a collection of ids is sent as one
 * array parameter ({@code = any(?)}), so the statement is the same whatever the number of ids and
 * PostgreSQL keeps it prepared.
 */
@ApplicationScoped
public class SqlRows {

    /** A view and the key of the parent row it belongs to. */
    public record Keyed<V>(long parent, V view) {
    }

    private final AgroalDataSource dataSource;

    public SqlRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code select <projection> <from>}, whose one {@code ?} is the array of {@code ids}; no statement for no ids. */
    public <V extends Record> List<V> list(Projection<V> projection, String from, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : query("select " + projection.sql() + " " + from, ids,
                rows -> projection.view(rows, 1));
    }

    /** {@code select <parentColumn>, <projection> <from>}, whose one {@code ?} is the array of {@code parents}. */
    public <V extends Record> List<Keyed<V>> keyed(Projection<V> projection, String parentColumn, String from,
            Collection<Long> parents) {
        return parents.isEmpty() ? List.of() : query("select " + parentColumn + ", " + projection.sql() + " " + from,
                parents, rows -> new Keyed<>(rows.getLong(1), projection.view(rows, 2)));
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, Collection<Long> ids, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new DatabaseReadException(sql, e);
        }
    }
}
