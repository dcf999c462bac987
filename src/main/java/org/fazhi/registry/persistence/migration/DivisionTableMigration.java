package org.fazhi.registry.persistence.migration;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import org.fazhi.registry.division.DivisionFile;
import org.fazhi.registry.division.DivisionRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;

/**
 * Flyway migration 4.2: fills the division table from the file the registry ships, with PostgreSQL's COPY.
 * Its checksum is the file's, so a regenerated file cannot slip in under an applied version: a new table
 * comes with a new migration.
 */
public class DivisionTableMigration implements JavaMigration {

    private static final String COPY = "COPY division (code, parent_code, level, type, name, full_name) "
            + "FROM STDIN WITH (FORMAT csv)";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4.2");
    }

    @Override
    public String getDescription() {
        return "load divisions";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream in = open()) {
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        long start = System.nanoTime();
        List<DivisionRecord> divisions;
        try (InputStream in = open()) {
            divisions = DivisionFile.read(in);
        }
        StringBuilder csv = new StringBuilder(divisions.size() * 48);
        for (DivisionRecord d : divisions) {
            csv.append(d.code()).append(',').append(d.parentCode() == null ? "" : d.parentCode()).append(',')
                    .append(d.level().number()).append(',').append(d.type()).append(',')
                    .append(quoted(d.name())).append(',').append(quoted(d.fullName())).append('\n');
        }
        long rows = context.getConnection().unwrap(PGConnection.class).getCopyAPI()
                .copyIn(COPY, new StringReader(csv.toString()));
        Log.infof("division table: %d divisions loaded in %d ms", rows, (System.nanoTime() - start) / 1_000_000);
    }

    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static InputStream open() {
        InputStream in = DivisionTableMigration.class.getClassLoader().getResourceAsStream(DivisionFile.RESOURCE);
        if (in == null) {
            throw new IllegalStateException(DivisionFile.RESOURCE + " is missing from the classpath");
        }
        return in;
    }
}
