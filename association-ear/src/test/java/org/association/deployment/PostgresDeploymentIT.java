package org.association.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.association.testing.PayaraDomain;
import org.junit.jupiter.api.Test;

/**
 * The EAR as built, on a domain that config/ set up for PostgreSQL (Debian's package, the local cluster
 * on port 5432, which .ci/run installs and starts): the migrations, the demo data with its photos, the
 * search index built from PostgreSQL, and a backup by pg_dump from the command-line script that
 * restore.sh brings back, row for row, into another database.
 */
class PostgresDeploymentIT {

    /** A database and role of this test's own, named by its port offset so parallel suites do not meet. */
    private static final String NAME = "association_it_" + PayaraDomain.portOffset();
    private static final String RESTORED = NAME + "_restored";

    @Test
    void theSiteRunsOnPostgreSqlAndItsBackupRestores() throws Exception {
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Postgres.recreate(NAME, NAME, password);
        Path folder = Path.of(System.getProperty("association.build.dir"), "postgresql");
        Map<String, String> settings = Map.of("ASSOCIATION_DB", "postgresql", "ASSOCIATION_DB_HOST", "127.0.0.1",
                "ASSOCIATION_DB_NAME", NAME, "ASSOCIATION_DB_USER", NAME, "ASSOCIATION_DB_PASSWORD", password,
                "ASSOCIATION_DATA_DIR", folder.resolve("data").toString(), "ASSOCIATION_DEMO_DATA", "true");
        Path backup;
        try (PayaraDomain domain = PayaraDomain.prepare(settings)) {
            domain.start();
            domain.deploy(PayaraDomain.builtEar());
            SiteReader site = new SiteReader(domain.baseUrl());
            site.assertSeedActivity();
            assertTrue(site.get("/api/articles?channel=activities").body().contains("工作总结暨"), "the API reads PostgreSQL");
            awaitSearchHit(site);

            backup = BackupScript.run(domain);
            assertTrue(Files.size(backup.resolve("association.dump")) > 10_000, "pg_dump wrote the dump");
        }

        Postgres.recreate(RESTORED, NAME, null);
        Map<String, String> restoreSettings = new HashMap<>(settings);
        restoreSettings.put("ASSOCIATION_DB_NAME", RESTORED);
        BackupScript.restore(backup, restoreSettings, null);
        try (Connection original = connect(NAME, password); Connection restored = connect(RESTORED, password)) {
            Map<String, Map<String, Map<String, String>>> before = DatabaseContents.read(original);
            assertTrue(before.get("ATTACHMENT_DATA").size() >= 3, "the photos are rows");
            assertFalse(before.get("ARTICLE").isEmpty());
            // the backup's own audit entry is written once the copy is made, so it is not in the copy
            assertTrue(before.get("AUDIT_ENTRY").values().removeIf(entry -> "backup".equals(entry.get("ACTION"))));
            assertEquals(before, DatabaseContents.read(restored), "every row and every photo restored");
        }
    }

    /** The index is built in the background after the start: the seed activity is found within a minute. */
    private static void awaitSearchHit(SiteReader site) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (site.get("/search?q=%E4%BC%9A%E9%95%BF").body().contains("gongzuo-zongjie-bushu-hui")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the search for 会长 did not find the seed activity");
    }

    private static Connection connect(String database, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, NAME, password);
    }
}
