package org.association.deployment;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local PostgreSQL cluster, administered as its superuser through psql (as root: runuser to the
 * postgres account, as .ci/run runs): makes the tests' own role and databases, never touches others.
 */
final class Postgres {

    private Postgres() {
    }

    /** Drops and makes the database afresh, owned by the role, which is made (or given this password) too. */
    static void recreate(String database, String owner, String password) throws IOException, InterruptedException {
        psql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        if (password != null) {
            psql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + owner + "') THEN CREATE ROLE " + owner
                    + " LOGIN; END IF; END $$");
            psql("ALTER ROLE " + owner + " WITH LOGIN PASSWORD '" + password + "'");
        }
        psql("CREATE DATABASE " + database + " OWNER " + owner + " ENCODING 'UTF8' TEMPLATE template0");
    }

    private static void psql(String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(List.of("psql", "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--dbname=postgres", "--command="
                + sql));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(new File("/")).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("psql failed on the local PostgreSQL (is it installed and "
                    + "started? .ci/run does both): "
                    + sql + "\n" + output);
        }
    }
}
