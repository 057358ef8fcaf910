package org.association.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgDumpTest {

    private static final Path FILE = Path.of("/backups/association-20240125-100000/association.dump");

    @Test
    void hostPortDatabaseAndUserComeFromTheConnection() {
        assertEquals(List.of("pg_dump", "--format=custom", "--no-password", "--file=" + FILE, "--host=db.example", "--port=5433",
                "--username=association", "--dbname=association_site"),
                PgDump.command("jdbc:postgresql://db.example:5433/association_site?ssl=true&prepareThreshold=5", "association",
                FILE));
    }

    @Test
    void aMissingPortIsPostgreSqlsOwn() {
        assertEquals(List.of("pg_dump", "--format=custom", "--no-password", "--file=" + FILE, "--host=localhost", "--port=5432",
                "--username=u", "--dbname=association"),
                PgDump.command("jdbc:postgresql://localhost/association", "u", FILE));
    }

    @Test
    void aUrlWithoutHostMeansTheLocalServer() {
        assertEquals(List.of("pg_dump", "--format=custom", "--no-password", "--file=" + FILE, "--dbname=association"),
                PgDump.command("jdbc:postgresql:association", null, FILE));
    }

    @Test
    void otherDatabasesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PgDump.command("jdbc:derby:/data/association-db", "app", FILE));
    }
}
