package org.association.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.association.common.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects, before anything else touches the database.
 * Flyway records every applied script in its history table, so a restart changes nothing and an
 * upgrade applies only the new scripts; rows are never dropped. Flyway commits its own work, so this
 * bean manages (that is, has no) transactions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/association")
    private DataSource dataSource;

    private Database database;

    @PostConstruct
    void migrate() {
        database = detect();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("blob", database.blobType(), "clob", database.clobType()))
                .load();
        MigrateResult result = flyway.migrate();
        // the version the database is at now, also when there was nothing to apply (an operator checks it after an upgrade)
        String version = flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema on " + database + " is at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    @Lock(LockType.READ)
    public Database database() {
        return database;
    }

    private Database detect() {
        try (Connection connection = dataSource.getConnection()) {
            return Database.fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database behind jdbc/association", e);
        }
    }
}
