package org.association.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.ArticleEditor;
import org.association.testing.BrowserSession;
import org.association.testing.HostHeaderClient;
import org.association.testing.MailTesting;
import org.association.testing.StaffLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The EAR on a Payara deployment group of two instances sharing one PostgreSQL database, set up by
 * config/cluster.sh exactly as an operator would: what one instance saves, the other serves on the
 * next request (pages, lists, search); a member of staff goes on on the second instance, still signed
 * in, when the first stops; scheduled publishing runs once, not once per instance, each mail of the shared
 * outbox goes out once, and a notice reaches each member of its segment once. The data grid that
 * carries the sessions listens on loopback only, under the association's cluster name, encrypted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final String A = "http://127.0.0.1:28080";
    private static final String B = "http://127.0.0.1:28081";
    /** The site's address (config/cluster.sh: the first instance's), which a balancer in front passes on as the Host. */
    private static final String SITE_HOST = "127.0.0.1:28080";
    private static final String DATABASE = "association_cluster_it";
    private static final String DATABASE_PASSWORD = "cluster test only";
    /** config/cluster.sh's default administration port, 4848 moved by 2000. */
    private static final int ADMIN_PORT = 6848;

    /** The mail server both instances send to, beside the cluster's ports. */
    private static final int SMTP_PORT = 23025;
    private static final long FIRST_MAIL = 5_000_001L;
    private static final int MAILS = 200;
    private static final String MAIL_PREFIX = "<cluster-";
    private static final long FIRST_NOTICE_MEMBER = 6_000_001L;
    private static final String NOTICE_PREFIX = "cluster-notice-";
    /** Only the test's members have it, so the notice's segment is them. */
    private static final String NOTICE_SPECIALTY = "Cluster notice medicine";

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting(SMTP_PORT);

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(A);

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        cluster("start", "--no-build", "--fresh-data");
    }

    @AfterAll
    static void stopCluster() throws IOException, InterruptedException {
        cluster("stop");
    }

    /** While both instances run: each sender claims a mail before it sends it, so each goes once. */
    @Test
    @Order(1)
    void mailInTheSharedOutboxGoesOutOnceThoughBothInstancesSend() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + DATABASE, DATABASE,
                DATABASE_PASSWORD);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO MAIL_MESSAGE (ID, VERSION, RECIPIENT,"
                        + " LANGUAGE, CAUSE, SUBJECT, BODY, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, MESSAGE_ID, CREATED_AT)"
                        + " VALUES (?, 0, ?, 'EN', 'TEST', 'A notice', 'The text.', 'QUEUED', 0, ?, ?, ?)")) {
            Timestamp due = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0));
            for (long id = FIRST_MAIL; id < FIRST_MAIL + MAILS; id++) {
                insert.setLong(1, id);
                insert.setString(2, "member" + id + "@example.org");
                insert.setTimestamp(3, due);
                insert.setString(4, MAIL_PREFIX + id + "@association>");
                insert.setTimestamp(5, due);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        assertEquals(MAILS, SMTP.awaitMessageIds(MAIL_PREFIX, MAILS, 120).size(), "every mail went out");
        assertEachOnce(() -> SMTP.messageIds(MAIL_PREFIX), "each mail came once");
        assertEquals(MAILS, count("select count(*) from MAIL_MESSAGE where STATUS = 'SENT' and ID >= ?", FIRST_MAIL));
    }

    /**
     * A notice to 200 members, due as the group runs: one instance at a time expands it into the outbox, both send, and
     * each member gets it once.
     */
    @Test
    @Order(2)
    void aNoticeToTwoHundredMembersFromBothInstancesReachesEachMemberOnce() throws Exception {
        Timestamp due = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0));
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + DATABASE, DATABASE,
                DATABASE_PASSWORD);
                PreparedStatement member = connection.prepareStatement("INSERT INTO MEMBER (ID, VERSION, MEMBER_NUMBER, KIND,"
                        + " STATUS, NAME, SPECIALTY, EMAIL, LISTED_IN_DIRECTORY, CREATED_AT)"
                        + " VALUES (?, 0, ?, 'INDIVIDUAL', 'ACTIVE', ?, ?, ?, FALSE, ?)");
                PreparedStatement notice = connection.prepareStatement("INSERT INTO NOTICE (ID, VERSION, SUBJECT_EN, BODY_EN,"
                        + " SEGMENT_SPECIALTY, STATUS, SEND_AT, EXPANDED_TO, QUEUED_COUNT, CREATED_AT)"
                        + " VALUES (?, 0, 'A notice to the cluster', '<p>The text.</p>', ?, 'SCHEDULED', ?, 0, 0, ?)")) {
            connection.setAutoCommit(false);
            for (long id = FIRST_NOTICE_MEMBER; id < FIRST_NOTICE_MEMBER + MAILS; id++) {
                member.setLong(1, id);
                member.setString(2, "C" + id);
                member.setString(3, "Member " + id);
                member.setString(4, NOTICE_SPECIALTY);
                member.setString(5, NOTICE_PREFIX + id + "@example.org");
                member.setTimestamp(6, due);
                member.addBatch();
            }
            member.executeBatch();
            notice.setLong(1, FIRST_NOTICE_MEMBER);
            notice.setString(2, NOTICE_SPECIALTY);
            notice.setTimestamp(3, due);
            notice.setTimestamp(4, due);
            notice.executeUpdate();
            connection.commit();
        }
        assertEquals(MAILS, SMTP.awaitRecipients(NOTICE_PREFIX, MAILS, 120).size(), "every member got the notice");
        assertEachOnce(() -> SMTP.recipients(NOTICE_PREFIX), "each member got it once");
        assertEquals(MAILS, count("select count(*) from MAIL_MESSAGE where CAUSE = 'NOTICE' and STATUS = 'SENT'"
                + " and MEMBER_ID >= ?", FIRST_NOTICE_MEMBER));
        assertEquals(MAILS, count("select QUEUED_COUNT from NOTICE where STATUS = 'SENT' and ID = ?", FIRST_NOTICE_MEMBER));
    }

    /** After a few more rounds of both instances' senders: still {@link #MAILS} mails, and none came twice. */
    private static void assertEachOnce(Supplier<Map<String, Long>> received, String message) throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(5).toMillis());
        Map<String, Long> counts = received.get();
        assertEquals(MAILS, counts.size());
        assertEquals(Set.of(1L), Set.copyOf(counts.values()), message);
    }

    @Test
    void whatOneInstanceSavesTheOtherServesAndStaffGoOnWhenTheirInstanceStops() throws Exception {
        // the list is in B's page cache before the article exists
        assertFalse(get(B + "/en/activities").contains("Written on instance one"));
        assertTrue(site(B + "/en/activities").headers().containsKey("etag"), "kept by B");

        WebDriver page = StaffLogin.signInAsAdmin(browser);
        assertTrue(page.getCurrentUrl().startsWith(A + "/admin/"), page.getCurrentUrl());
        ArticleEditor editor = ArticleEditor.openNew(browser).fill("Written on instance one", "written-on-instance-one");
        editor.saveNewDraft();
        editor.publish();
        assertEquals("Published", editor.status());
        String address = editor.publicLink().replace(A, "");

        assertTrue(get(B + address).contains("Written on instance one"), "the article, from the other instance");
        assertTrue(get(B + "/en/activities").contains("Written on instance one"), "and in its cached list");
        // the hit's title comes highlighted, so its address is what is looked for
        String found = await(() -> get(B + "/search?q=instance"), text -> text.contains("/written-on-instance-one\""));
        assertTrue(found.contains("/written-on-instance-one\""), "and in its search index");

        ArticleEditor scheduling = ArticleEditor.openNew(browser);
        LocalDateTime due = scheduling.fillScheduled("Published by the schedule", "published-by-the-schedule",
                Duration.ofSeconds(20));
        long scheduled = scheduling.scheduleNew();
        String path = String.format("/en/activities/%1$tY/%1$tm/%1$td/published-by-the-schedule", due);
        assertEquals("200", await(() -> String.valueOf(status(B + path)), "200"::equals), "published by itself");
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // a few more rounds of both instances' timers
        assertEquals(1, count("select count(*) from AUDIT_ENTRY where ENTITY_TYPE = 'Article' and ENTITY_ID = ?"
                + " and ACTION = 'published as scheduled'", scheduled), "published once, by one instance");

        cluster("stop-instance", "instance-1");
        browser.openUrl(B + "/admin/articles/edit.xhtml?id=" + scheduled);
        assertTrue(page.getCurrentUrl().startsWith(B + "/admin/articles/edit.xhtml"), "still signed in: " + page.getCurrentUrl());
        ArticleEditor onB = ArticleEditor.shown(browser);
        onB.retitle("Published by the schedule, edited on instance two");
        onB.publish();
        assertTrue(onB.refusedNothing(), "saved on instance two");
        assertTrue(get(B + path).contains("edited on instance two"));
    }

    @Test
    void theDataGridListensOnLoopbackOnlyUnderItsOwnClusterNameEncrypted() throws Exception {
        String configuration = asadmin("get-hazelcast-configuration");
        assertEquals("127.0.0.1", setting(configuration, "Interfaces"), configuration);
        assertEquals("association", setting(configuration, "Cluster Name"), configuration);
        assertEquals("true", setting(configuration, "Encrypt Datagrid"), configuration);

        // the members, "{ server-MicroShoal-/127.0.0.1:6900-this instance-2-MicroShoal-/127.0.0.1:5901 }"
        Matcher member = Pattern.compile("/([0-9.]+):([0-9]+)").matcher(asadmin("list-hazelcast-members"));
        Map<Integer, List<String>> listening = ListeningSockets.read();
        List<Integer> ports = new ArrayList<>();
        while (member.find()) {
            assertEquals("127.0.0.1", member.group(1), member.group());
            ports.add(Integer.parseInt(member.group(2)));
        }
        assertTrue(ports.size() >= 2, "the administration server and an instance form one data grid: " + ports);
        for (int port : ports) {
            List<String> elsewhere = listening.get(port).stream().filter(address -> !ListeningSockets.isLoopback(address))
                    .toList();
            assertEquals(List.of(), elsewhere,
                    "data grid port " + port + " listens on loopback only: " + listening.get(port));
            for (InetAddress address : ListeningSockets.ownNonLoopbackAddresses()) {
                assertFalse(ListeningSockets.accepts(address, port), "data grid port " + port + " refused on " + address);
            }
        }
    }

    /** Runs asadmin of the unpacked Payara against the cluster's administration server; its output. */
    private static String asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port", String.valueOf(ADMIN_PORT)));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "asadmin " + String.join(" ", arguments) + " finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** A value of get-hazelcast-configuration's table ("Name   value   Scope"); empty when it has none. */
    private static String setting(String configuration, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s{2,}(\\S*)\\s+(Domain|Config)\\s*$")
                .matcher(configuration);
        assertTrue(line.find(), name + " in " + configuration);
        return line.group(1);
    }

    /** Runs config/cluster.sh with the tests' database and admin password; fails on a non-zero exit. */
    private static void cluster(String... arguments) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("association.config.dir"), "cluster.sh");
        Path log = Path.of(System.getProperty("browser.profile.dir")).resolveSibling("cluster-" + arguments[0] + ".log");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "ASSOCIATION_MAIL_HOST", "127.0.0.1", "ASSOCIATION_MAIL_PORT", Integer.toString(SMTP_PORT),
                "ASSOCIATION_MAIL_TLS", "none", "ASSOCIATION_MAIL_FROM", System.getProperty("test.mail.from"),
                "ASSOCIATION_MAIL_USER", System.getProperty("test.mail.user"),
                "ASSOCIATION_MAIL_PASSWORD", System.getProperty("test.mail.password"),
                "ASSOCIATION_MAIL_PER_MINUTE", "0", "ASSOCIATION_MAIL_INTERVAL_SECONDS", "1"));
        builder.environment().putAll(Map.of(
                "ASSOCIATION_DB_NAME", DATABASE,
                "ASSOCIATION_DB_USER", DATABASE,
                "ASSOCIATION_DB_PASSWORD", DATABASE_PASSWORD,
                "ASSOCIATION_ADMIN_PASSWORD", StaffLogin.adminPassword(),
                "ASSOCIATION_PUBLISHING_INTERVAL_SECONDS", "2"));
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed; its output:\n"
                    + Files.readString(log));
        }
    }

    private static String get(String url) {
        HostHeaderClient.Answer answer = site(url);
        assertEquals(200, answer.status(), url);
        return answer.body();
    }

    private static int status(String url) {
        return site(url).status();
    }

    /** A reader's request to one instance, as the balancer sends it on: with the site's own Host. */
    private static HostHeaderClient.Answer site(String url) {
        URI address = URI.create(url);
        return HostHeaderClient.get(address.getScheme() + "://" + address.getRawAuthority(),
                address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()), SITE_HOST);
    }

    @FunctionalInterface
    private interface Read {
        String read() throws Exception;
    }

    /** Reads until the answer passes, for up to a minute; returns the last answer. */
    private static String await(Read read, Predicate<String> passes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        String answer = read.read();
        while (!passes.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = read.read();
        }
        return answer;
    }

    private static long count(String sql, long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + DATABASE, DATABASE,
                DATABASE_PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
