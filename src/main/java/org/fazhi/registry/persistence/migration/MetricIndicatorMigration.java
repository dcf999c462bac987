package org.fazhi.registry.persistence.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.fazhi.registry.report.MetricIndicator;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** Flyway migration 4.5: classifies the quantities stored before indicators existed, with the rules new ones get. */
public class MetricIndicatorMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4.5");
    }

    @Override
    public String getDescription() {
        return "classify metrics";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement read = context.getConnection().createStatement();
                ResultSet metrics = read.executeQuery("select id, about, unit from metric");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("update metric set indicator = ? where id = ?")) {
            int pending = 0;
            while (metrics.next()) {
                MetricIndicator indicator = MetricIndicator.of(metrics.getString(2), metrics.getString(3));
                if (indicator != null) {
                    update.setString(1, indicator.name());
                    update.setLong(2, metrics.getLong(1));
                    update.addBatch();
                    pending++;
                }
                if (pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
