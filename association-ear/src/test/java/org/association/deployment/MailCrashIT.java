package org.association.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.association.mail.boundary.MailSender;
import org.association.testing.Folders;
import org.association.testing.MailTesting;
import org.association.testing.PayaraDomain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sender's guarantee under a crash: a server whose JVM is killed with SIGKILL while it works through a full outbox
 * loses no mail after its restart, and sends at most the group it had in hand a second time, under the same Message-IDs.
 * The outbox is filled before the first start, in a domain of its own that sends to a GreenMail of this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailCrashIT {

    /** Enough that the kill comes while the fast sender is still at work. */
    private static final int MAILS = 3000;
    private static final long FIRST_ID = 5_000_001L;
    private static final int LEASE_SECONDS = 10;
    private static final String PREFIX = "<crash-";

    private final Path folder = Path.of(System.getProperty("association.build.dir"), "mail-crash");
    private final Path dataDir = folder.resolve("data");
    private final Path database = dataDir.resolve("association-db");
    private final int smtpPort = 3025 + PayaraDomain.portOffset();

    private final MailTesting smtp = new MailTesting(smtpPort);
    private PayaraDomain domain;

    @BeforeAll
    void aFullOutboxAndAMailServer() throws Exception {
        Folders.deleteRecursively(folder);
        Files.createDirectories(dataDir);
        EmbeddedDataSource source = DatabaseContents.migratedDerby(database, "latest");
        try (Connection connection = source.getConnection()) {
            queue(connection);
        }
        DatabaseContents.shutDownDerby(database);
        smtp.start();
    }

    @AfterAll
    void stopEverything() {
        if (domain != null) {
            domain.close();
        }
        smtp.stop();
    }

    @Test
    void aServerKilledWhileItSendsLosesNoMailAndSendsAtMostOneGroupAgain() throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("ASSOCIATION_DATA_DIR", dataDir.toString(),
                "ASSOCIATION_DEMO_DATA", "false", "ASSOCIATION_MAIL_HOST", "127.0.0.1",
                "ASSOCIATION_MAIL_PORT", Integer.toString(smtpPort), "ASSOCIATION_MAIL_TLS", "none",
                "ASSOCIATION_MAIL_FROM", System.getProperty("test.mail.from"),
                "ASSOCIATION_MAIL_USER", System.getProperty("test.mail.user"),
                "ASSOCIATION_MAIL_PASSWORD", System.getProperty("test.mail.password")));
        // no throttle, a sender's turn every second, and a lease the test can wait out
        settings.putAll(Map.of("ASSOCIATION_MAIL_PER_MINUTE", "0", "ASSOCIATION_MAIL_INTERVAL_SECONDS", "1",
                "ASSOCIATION_MAIL_LEASE_SECONDS", Integer.toString(LEASE_SECONDS)));
        domain = PayaraDomain.prepare(settings);
        domain.start();
        domain.deploy(PayaraDomain.builtEar());

        assertTrue(smtp.awaitMessageIds(PREFIX, MAILS / 5, 240).size() >= MAILS / 5, "the server sends");
        domain.kill();
        int beforeTheKill = smtp.messageIds(PREFIX).size();
        assertTrue(beforeTheKill < MAILS, "killed while it sent: " + beforeTheKill + " of " + MAILS + " had arrived");

        domain.start();
        domain.awaitSite();
        assertEquals(MAILS, smtp.awaitMessageIds(PREFIX, MAILS, 240).size(), "every mail, after the restart");
        // one more lease and a few turns of the sender: nothing else may come
        Thread.sleep((LEASE_SECONDS + 5) * 1000L);
        Map<String, Long> received = smtp.messageIds(PREFIX);
        domain.stop();

        Set<String> queued = LongStream.range(FIRST_ID, FIRST_ID + MAILS).mapToObj(MailCrashIT::messageId)
                .collect(Collectors.toSet());
        assertEquals(queued, received.keySet(), "every queued mail arrived, and nothing else");
        Map<String, Long> twice = received.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(twice.size() <= MailSender.GROUP && twice.values().stream().allMatch(times -> times == 2),
                "at most the group in hand at the kill came twice, once again each: " + twice);
        assertEquals(Map.of("SENT", (long) MAILS), statuses(), "the outbox records every mail as sent");
    }

    private static String messageId(long id) {
        return PREFIX + id + "@association>";
    }

    /** Queued mails as the outbox holds them, each with its own Message-ID. */
    private static void queue(Connection connection) throws SQLException {
        // long due in any time zone the association may be in
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO MAIL_MESSAGE (ID, VERSION, RECIPIENT,"
                + " RECIPIENT_NAME, LANGUAGE, CAUSE, SUBJECT, BODY, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, MESSAGE_ID, CREATED_AT,"
                + " CREATED_BY) VALUES (?, 0, ?, ?, 'EN', 'TEST', ?, ?, 'QUEUED', 0, ?, ?, ?, 'admin')")) {
            for (long id = FIRST_ID; id < FIRST_ID + MAILS; id++) {
                insert.setLong(1, id);
                insert.setString(2, "member" + id + "@example.org");
                insert.setString(3, "Member " + id);
                insert.setString(4, "Mail " + id);
                insert.setString(5, "The text of mail " + id + ".");
                insert.setTimestamp(6, now);
                insert.setString(7, messageId(id));
                insert.setTimestamp(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** How many mails of the outbox stand in each status, read with the server stopped. */
    private Map<String, Long> statuses() throws SQLException {
        Map<String, Long> statuses = new TreeMap<>();
        try (Connection connection = DatabaseContents.derby(database);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT STATUS, COUNT(*) FROM MAIL_MESSAGE WHERE ID >= ? GROUP BY STATUS")) {
            query.setLong(1, FIRST_ID);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getLong(2));
                }
            }
        } finally {
            DatabaseContents.shutDownDerby(database);
        }
        return statuses;
    }
}
