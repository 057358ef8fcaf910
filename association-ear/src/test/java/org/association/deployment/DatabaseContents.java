package org.association.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/**
 * Every row of every table of a database, read outside the application: table → primary key → column →
 * value, with large objects as their SHA-256. Two databases hold the same data exactly when their
 * contents are equal. Names are upper case whatever the database folds them to.
 */
final class DatabaseContents {

    /**
     * Left out of the contents: when scheduled publishing last ran, which a running server rewrites every
     * few seconds; bookkeeping of the servers, not data a backup keeps.
     */
    private static final Set<String> BOOKKEEPING = Set.of("SCHEDULED_JOB");

    private DatabaseContents() {
    }

    static Map<String, Map<String, Map<String, String>>> read(Connection connection) throws SQLException {
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        for (String table : tables(connection)) {
            if (BOOKKEEPING.contains(table.toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<String> key = primaryKey(connection, table);
            Map<String, Map<String, String>> rows = new TreeMap<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT * FROM \""
                    + table + "\"")) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.put(columns.getColumnName(i).toUpperCase(Locale.ROOT), value(result.getObject(i)));
                    }
                    rows.put(key.isEmpty() ? row.toString() : key.stream().map(row::get).toList().toString(), row);
                }
            }
            tables.put(table.toUpperCase(Locale.ROOT), rows);
        }
        return tables;
    }

    /** The contents of an embedded Derby database in a folder; the database is shut down afterwards. */
    static Map<String, Map<String, Map<String, String>>> readDerby(Path database) throws SQLException {
        try (Connection connection = derby(database)) {
            return read(connection);
        } finally {
            shutDownDerby(database);
        }
    }

    /**
     * A new embedded Derby database in a folder, made by the application's migrations up to a version ("latest": all of
     * them), as the server's first start would make it.
     */
    static EmbeddedDataSource migratedDerby(Path database, String version) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(database.toString());
        source.setCreateDatabase("create");
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target(version)
                .placeholders(Map.of("blob", "BLOB", "clob", "CLOB")).load().migrate();
        return source;
    }

    /** A connection to an embedded Derby database in a folder (which must exist: nothing is created). */
    static Connection derby(Path database) throws SQLException {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(database.toString());
        return source.getConnection();
    }

    /** Closes an embedded Derby database, so that a server may open its files. */
    static void shutDownDerby(Path database) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(database.toString());
        source.setShutdownDatabase("shutdown");
        try {
            source.getConnection().close();
            throw new IllegalStateException("Derby did not shut " + database + " down");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQL state 08006
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby could not shut " + database + " down", expected);
            }
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet result = metadata.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet result = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
            while (result.next()) {
                columns.put(result.getShort("KEY_SEQ"), result.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(columns.values());
    }

    private static String value(Object value) throws SQLException {
        try {
            if (value instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    return sha256(in.readAllBytes());
                }
            }
            if (value instanceof Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value instanceof byte[] bytes) {
            return sha256(bytes);
        }
        return value == null ? null : value.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
