package org.association.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.apache.derby.drda.NetworkServerControl;
import org.association.testing.PayaraDomain;
import org.junit.jupiter.api.Test;

/**
 * The operator's path: an existing, running Payara domain (a plain copy of domain1) made ready by
 * config/setup-domain.sh for a Derby network server (ASSOCIATION_DB=derby-network), which this test runs
 * on a port of its range; then the EAR as built is deployed. The demo data goes into that server's
 * database and the site reads it back.
 */
class DerbyNetworkDeploymentIT {

    @Test
    void theSiteRunsOnADerbyNetworkServer() throws Exception {
        Path folder = Path.of(System.getProperty("association.build.dir"), "derby-network");
        Files.createDirectories(folder);
        Path database = folder.resolve("association-" + System.nanoTime());
        int port = 1527 + PayaraDomain.portOffset();
        NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        try (PrintWriter serverLog = new PrintWriter(Files.newBufferedWriter(folder.resolve("network-server.log"),
                StandardCharsets.UTF_8), true)) {
            server.start(serverLog);
            awaitPing(server);
            try (PayaraDomain domain = PayaraDomain.prepareBare(Map.of("ASSOCIATION_DB", "derby-network", "ASSOCIATION_DB_HOST",
                    "127.0.0.1",
                    "ASSOCIATION_DB_PORT", Integer.toString(port), "ASSOCIATION_DB_NAME", database.toString(),
                    "ASSOCIATION_DATA_DIR", folder.resolve("data").toString(), "ASSOCIATION_DEMO_DATA", "true"))) {
                domain.start();
                domain.setUpWithScript();
                domain.deploy(PayaraDomain.builtEar());
                new SiteReader(domain.baseUrl()).assertSeedActivity();
            }
            // the rows are in the network server's database (the test's JVM runs that server, so it may look in)
            try (Connection connection = DatabaseContents.derby(database); Statement statement = connection.createStatement();
                    ResultSet seed = statement.executeQuery("SELECT COUNT(*) FROM APP.ARTICLE WHERE SLUG = "
                            + "'gongzuo-zongjie-bushu-hui'")) {
                seed.next();
                assertEquals(1, seed.getInt(1));
            }
        } finally {
            server.shutdown();
        }
    }

    private static void awaitPing(NetworkServerControl server) throws Exception {
        for (int attempt = 0;; attempt++) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                if (attempt > 100) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
