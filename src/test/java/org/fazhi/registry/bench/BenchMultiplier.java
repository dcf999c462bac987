package org.fazhi.registry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multiplies the loaded reports at SQL level up to a target count, for the read-path benchmark: each
 * copy is a new set of organisations (named with the copy's number) with copies of all their reports and
 * everything read from them, ids shifted past the originals. Indexes are dropped during the copy and
 * rebuilt after it, foreign-key triggers are off while rows known to be consistent are copied. The first
 * run records which rows are the originals (table {@code bench_original}). Usage:
 * {@code BenchMultiplier JDBC_URL TARGET_REPORTS}.
 */
public final class BenchMultiplier {

    /**
     * The tables copied, parents first; other tables (feed, identifiers, withdrawals) stay as loaded. Copies keep
     * their originals' name keys (the benchmark only reads), so the service finds no organisation to index at start.
     */
    private static final List<String> TABLES = List.of("organisation", "organisation_other_name",
            "organisation_name_key", "report",
            "compliance_finding", "section", "item", "problem", "metric", "citation", "commitment",
            "commitment_evidence", "commitment_status_change");
    private static final int COPIES_PER_TRANSACTION = 10;

    private final Connection c;

    private BenchMultiplier(Connection c) {
        this.c = c;
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            new BenchMultiplier(c).multiplyTo(Long.parseLong(args[1]));
        }
    }

    private void multiplyTo(long target) throws SQLException {
        Map<String, Long> steps = originals();
        long originals = scalar("select count(*) from report where id < " + steps.get("report"));
        long copies = scalar("select count(*) from report") / originals - 1;
        long wanted = target / originals - 1;
        if (wanted <= copies) {
            System.out.printf("%d reports already (%d copies of %d)%n", (copies + 1) * originals, copies, originals);
            return;
        }
        long start = System.nanoTime();
        List<String> indexes = dropIndexes();
        exec("set session_replication_role = replica"); // no foreign-key triggers while copying
        c.setAutoCommit(false);
        for (long first = copies + 1; first <= wanted; first += COPIES_PER_TRANSACTION) {
            long last = Math.min(wanted, first + COPIES_PER_TRANSACTION - 1);
            for (String table : TABLES) {
                exec(copy(table, steps, first, last));
            }
            c.commit();
            System.out.printf("copies %d to %d of %d written (%.0f s)%n", first, last, wanted, seconds(start));
        }
        c.setAutoCommit(true);
        exec("set session_replication_role = origin");
        for (String index : indexes) {
            exec(index);
        }
        System.out.printf("indexes rebuilt (%.0f s)%n", seconds(start));
        exec("vacuum analyze");
        advanceSequences();
        System.out.printf("%d reports in %.0f s%n", scalar("select count(*) from report"), seconds(start));
    }

    /** Each table's id step (one more than its highest original id), recorded on the first run. */
    private Map<String, Long> originals() throws SQLException {
        exec("create table if not exists bench_original (table_name text primary key, step bigint not null)");
        for (String table : TABLES) {
            if (hasId(table)) {
                exec("insert into bench_original select '" + table + "', coalesce(max(id), 0) + 1 from " + table
                        + " on conflict do nothing");
            }
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select table_name, step from bench_original")) {
            while (rs.next()) {
                steps.put(rs.getString(1), rs.getLong(2));
            }
        }
        return steps;
    }

    /** Copies {@code first} to {@code last} of {@code table}'s original rows, every id and reference shifted. */
    private String copy(String table, Map<String, Long> steps, long first, long last) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String original = null;
        Map<String, String> references = references(table);
        for (String column : columns(table)) {
            columns.add(column);
            String target = column.equals("id") ? table : references.get(column);
            values.add(target == null ? value(table, column) : column + " + k * " + steps.get(target));
            if (original == null && target != null) {
                original = column + " < " + steps.get(target);
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + ", generate_series(" + first + ", " + last + ") k where " + original;
    }

    /** A copied column that is no id: organisations get the copy's number in their name and no credit code. */
    private static String value(String table, String column) {
        if (table.equals("organisation") && column.equals("name")) {
            return "name || '（' || k || '）'";
        }
        return table.equals("organisation") && column.equals("credit_code") ? "null" : column;
    }

    private List<String> columns(String table) throws SQLException {
        return strings("select column_name from information_schema.columns where table_schema = 'public' "
                + "and table_name = '" + table + "' and is_generated = 'NEVER' and identity_generation is null "
                + "order by ordinal_position");
    }

    /**
     * The columns of {@code table} that reference the id of another copied table, and that table; references
     * to tables that are not copied (the division map) keep their values.
     */
    private Map<String, String> references(String table) throws SQLException {
        Map<String, String> references = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select a.attname, f.relname from pg_constraint k
                join pg_class t on t.oid = k.conrelid join pg_class f on f.oid = k.confrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                where k.contype = 'f' and t.relname = '%s' and f.relname in ('%s')"""
                .formatted(table, String.join("', '", TABLES)))) {
            while (rs.next()) {
                references.put(rs.getString(1), rs.getString(2));
            }
        }
        return references;
    }

    /** Drops the copied tables' indexes that back no constraint; returns the statements that rebuild them. */
    private List<String> dropIndexes() throws SQLException {
        String tables = "'" + String.join("', '", TABLES) + "'";
        List<String> definitions = strings("select pg_get_indexdef(i.indexrelid) from pg_index i join pg_class t "
                + "on t.oid = i.indrelid where t.relname in (" + tables + ") and not exists "
                + "(select 1 from pg_constraint k where k.conindid = i.indexrelid)");
        for (String name : strings("select c.relname from pg_index i join pg_class t on t.oid = i.indrelid "
                + "join pg_class c on c.oid = i.indexrelid where t.relname in (" + tables + ") and not exists "
                + "(select 1 from pg_constraint k where k.conindid = i.indexrelid)")) {
            exec("drop index " + name);
        }
        return definitions;
    }

    private void advanceSequences() throws SQLException {
        for (String table : TABLES) {
            if (hasId(table)) {
                exec("select setval('" + table + "_seq', (select max(id) + 1 from " + table + "))");
            }
        }
    }

    private boolean hasId(String table) throws SQLException {
        return columns(table).contains("id");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
