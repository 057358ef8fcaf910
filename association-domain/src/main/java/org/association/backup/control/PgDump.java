package org.association.backup.control;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pg_dump command that copies the database behind a PostgreSQL JDBC connection into one file in
 * pg_dump's custom format (which pg_restore reads). The connection's own address and user are used, so
 * the dump is of the very database the application runs on; the password goes to pg_dump through its
 * environment (PGPASSWORD), never on its command line, where other users of the machine could read it.
 */
public final class PgDump {

    private static final String PREFIX = "jdbc:postgresql:";

    private PgDump() {
    }

    /** The command line for a JDBC URL such as jdbc:postgresql://db.example:5433/association?ssl=true. */
    public static List<String> command(String jdbcUrl, String user, Path file) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-password", "--file=" + file));
        String database;
        if (rest.startsWith("//")) {
            URI address = URI.create("postgresql:" + rest);
            String host = address.getHost() == null ? "localhost" : address.getHost();
            command.add("--host=" + host);
            command.add("--port=" + (address.getPort() < 0 ? 5432 : address.getPort()));
            database = address.getPath().substring(1);
        } else {
            database = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        }
        if (user != null && !user.isBlank()) {
            command.add("--username=" + user);
        }
        command.add("--dbname=" + database);
        return List.copyOf(command);
    }
}
