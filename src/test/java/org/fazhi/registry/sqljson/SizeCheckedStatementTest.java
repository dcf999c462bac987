package org.fazhi.registry.sqljson;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.registry.sqljson.SqlJsonQueries.Statement;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** The size check around a compiled answer, planned and run by PostgreSQL. */
class SizeCheckedStatementTest {

    private static final String ANSWER = "select (select string_agg(g::text, ',') from generate_series(1, 3) g)";

    @Test
    void shouldBuildTheAnswerOnceThoughTheSizeCheckNamesItThreeTimes() throws SQLException {
        Statement statement = Statement.of(new Sql().append(ANSWER));

        List<String> plan = rows("explain (costs off) " + statement.sized(), 100);

        assertThat(plan).filteredOn(line -> line.contains("Function Scan on generate_series")).hasSize(1);
    }

    @Test
    void shouldAnswerWithinTheAllowanceAndWithholdAnAnswerBeyondIt() throws SQLException {
        Statement statement = Statement.of(new Sql().append(ANSWER));

        assertThat(rows(statement.sized(), 5)).containsExactly("5|1,2,3");
        assertThat(rows(statement.sized(), 4)).containsExactly("5|null");
    }

    /** The rows of {@code sql} with its one placeholder bound to {@code allowance}, columns joined by '|'. */
    private static List<String> rows(String sql, long allowance) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, allowance);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(rs.getString(1));
                    for (int i = 2; i <= columns; i++) {
                        row.append('|').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
