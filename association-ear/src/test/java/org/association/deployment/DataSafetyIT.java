package org.association.deployment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.association.testing.Deployments;
import org.association.testing.Folders;
import org.association.testing.PayaraDomain;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One server's data through an upgrade, a crash, a backup and a restore, on the default embedded Derby
 * in a domain that config/ made (one domain, three starts). In order:
 * <ol>
 * <li>a database made by the previous schema version (Flyway up to V2) and filled as that release would
 * have, upgraded by deploying this build: every old row is still there, unchanged, and the new
 * migrations ran;</li>
 * <li>writes of three kinds (member edits, article saves, photo uploads) while the server's JVM is killed
 * with SIGKILL; after a restart every write that was answered before the kill is in the database, which
 * opens and passes Derby's consistency check;</li>
 * <li>an online backup by config/backup.sh, then config/restore.sh after a later write: the restored
 * database equals the backup row for row and photo for photo, and the site serves the photos again.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataSafetyIT {

    private static final String OLD_VERSION = "2";
    private static final long OLD_CHANNEL = 1_000_001;
    private static final long OLD_ARTICLE = 1_000_002;
    private static final long OLD_PHOTO = 1_000_003;
    private static final String OLD_ARTICLE_PATH = "/archive/2019/11/20/nianhui-2019";
    private static final Duration WRITING_BEFORE_THE_KILL = Duration.ofSeconds(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path folder = Path.of(System.getProperty("association.build.dir"), "data-safety");
    private final Path dataDir = folder.resolve("data");
    private final Path database = dataDir.resolve("association-db");
    private final byte[] oldPhoto = png(Color.ORANGE, "2019");

    private PayaraDomain domain;
    private Map<String, Map<String, Map<String, String>>> oldContents;

    /** Writes the server answered before the kill: member id → notes, article id → title, attachment id → bytes. */
    private final Map<Long, String> savedNotes = new ConcurrentHashMap<>();
    private final Map<Long, String> savedTitles = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> savedUploads = new ConcurrentHashMap<>();
    private Path backup;
    private long memberAfterBackup;

    @BeforeAll
    void databaseOfThePreviousRelease() throws Exception {
        Folders.deleteRecursively(folder);
        Files.createDirectories(dataDir);
        EmbeddedDataSource source = DatabaseContents.migratedDerby(database, OLD_VERSION);
        try (Connection connection = source.getConnection()) {
            fillAsThePreviousReleaseWould(connection);
        }
        oldContents = DatabaseContents.readDerby(database);
        assertFalse(oldContents.containsKey("IMPORT_BATCH"), "V3 is not applied yet");
    }

    @AfterAll
    void stopTheServer() {
        if (domain != null) {
            domain.close();
        }
    }

    @Test
    @Order(1)
    void aNewReleaseUpgradesTheOldDatabase() throws Exception {
        domain = PayaraDomain.prepare(Map.of("ASSOCIATION_DATA_DIR", dataDir.toString(), "ASSOCIATION_DEMO_DATA", "false"));
        domain.start();
        Path ear = folder.resolve("association-with-fixtures.ear");
        Deployments.earWithFixtures().as(ZipExporter.class).exportTo(ear.toFile(), true);
        domain.deploy(ear);

        SiteReader site = new SiteReader(domain.baseUrl());
        HttpResponse<String> page = site.get(OLD_ARTICLE_PATH);
        assertEquals(200, page.statusCode(), "the old release's article");
        assertTrue(page.body().contains("2019年学术年会"));
        assertArrayEquals(oldPhoto, site.bytes("/files/" + OLD_PHOTO + "/nianhui.png").body(), "the old release's photo");
    }

    @Test
    @Order(2)
    void everyAnsweredWriteSurvivesAKill() throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> written = List.of(
                writers.submit(() -> write(killed, i -> {
                    long member = Long.parseLong(fixture("member", "name=" + encode("崩溃测试会员 " + i), null));
                    String notes = "edited " + i + " times";
                    fixture("member-notes", "id=" + member + "&notes=" + encode(notes), null);
                    savedNotes.put(member, notes);
                })),
                writers.submit(() -> write(killed, i -> {
                    long article = Long.parseLong(fixture("article", "channel=archive&slug=crash-" + i + "&status=PUBLISHED",
                            null));
                    String title = "Saved again " + i;
                    fixture("article-title", "id=" + article + "&title=" + encode(title), null);
                    savedTitles.put(article, title);
                })),
                writers.submit(() -> write(killed, i -> {
                    byte[] photo = png(new Color(i * 7919 % 0xFFFFFF), "upload " + i);
                    savedUploads.put(Long.parseLong(fixture("upload", "article=" + OLD_ARTICLE + "&name=upload-" + i + ".png",
                            photo)), photo);
                })));
        Thread.sleep(WRITING_BEFORE_THE_KILL.toMillis());
        killed.set(true);
        domain.kill();
        for (Future<Integer> writer : written) {
            assertTrue(writer.get() > 0, "each kind of write was answered at least once before the kill");
        }
        writers.shutdown();

        domain.start();
        domain.awaitSite();
        assertEquals(200, domain.status(OLD_ARTICLE_PATH), "the database opened again");
    }

    @Test
    @Order(3)
    void anOnlineBackupIsTakenByTheScript() throws Exception {
        backup = BackupScript.run(domain);
        assertTrue(Files.isRegularFile(backup.resolve("association-db/service.properties")), "a Derby database in " + backup);
        memberAfterBackup = Long.parseLong(fixture("member", "name=" + encode("备份之后的会员"), null));
    }

    @Test
    @Order(4)
    void afterAStopTheDatabaseHoldsEveryOldRowAndEveryAnsweredWrite() throws Exception {
        domain.stop();
        try (Connection connection = DatabaseContents.derby(database)) {
            Map<String, Map<String, Map<String, String>>> now = DatabaseContents.read(connection);
            oldContents.forEach((table, rows) -> rows.forEach((key, row) -> {
                Map<String, String> current = now.get(table).get(key);
                assertTrue(current != null, table + " " + key + " survived the upgrade");
                row.forEach((column, value) -> assertEquals(value, current.get(column), table + " " + key + " " + column));
            }));
            assertTrue(now.containsKey("IMPORT_BATCH") && now.get("AUDIT_ENTRY").values().iterator().next()
                    .containsKey("BATCH_ID"),
                    "the new migration's table and column");
            assertTrue(now.get("FLYWAY_SCHEMA_HISTORY").values().stream()
                    .anyMatch(migration -> "3".equals(migration.get("VERSION")) && "true".equals(migration.get("SUCCESS"))),
                    "V3 applied");

            savedNotes.forEach((id, notes) -> assertEquals(notes, now.get("MEMBER").get(key(id)).get("NOTES"), "member " + id));
            savedTitles.forEach((id, title) -> assertEquals(title, now.get("ARTICLE").get(key(id)).get("TITLE"), "article "
                    + id));
            savedUploads.forEach((id, bytes) -> assertEquals(DatabaseContents.sha256(bytes), now.get("ATTACHMENT_DATA")
                    .get(key(id)).get("CONTENT"),
                    "upload " + id));
            assertTrue(now.get("MEMBER").containsKey(key(memberAfterBackup)));
            for (String table : DatabaseContents.tables(connection)) {
                try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")) {
                    check.setString(1, table);
                    try (ResultSet result = check.executeQuery()) {
                        result.next();
                        assertEquals(1, result.getInt(1), "Derby's consistency check of " + table);
                    }
                }
            }
        } finally {
            DatabaseContents.shutDownDerby(database);
        }
    }

    @Test
    @Order(5)
    void aRestoreBringsBackEveryRowAndEveryPhotoOfTheBackup() throws Exception {
        // the backup itself stays untouched: its contents are read from a copy
        Path copy = folder.resolve("backup-copy");
        copyRecursively(backup.resolve("association-db"), copy);
        Map<String, Map<String, Map<String, String>>> backedUp = DatabaseContents.readDerby(copy);
        assertFalse(backedUp.get("MEMBER").containsKey(key(memberAfterBackup)));
        assertTrue(backedUp.get("ATTACHMENT_DATA").keySet()
                .containsAll(savedUploads.keySet().stream().map(DataSafetyIT::key).toList()));

        BackupScript.restore(backup, Map.of("ASSOCIATION_DATA_DIR", dataDir.toString()), domain.domainDir());
        domain.start();
        domain.awaitSite();
        SiteReader site = new SiteReader(domain.baseUrl());
        assertArrayEquals(oldPhoto, site.bytes("/files/" + OLD_PHOTO + "/nianhui.png").body());
        for (Map.Entry<Long, byte[]> upload : savedUploads.entrySet()) {
            assertArrayEquals(upload.getValue(), site.bytes("/files/" + upload.getKey() + "/upload.png").body(), "photo "
                    + upload.getKey());
        }
        domain.stop();

        assertEquals(backedUp, DatabaseContents.readDerby(database), "the restored database is the backup, row for row");
    }

    /** Repeats one kind of write until the kill, counting the answered ones; a write cut off by the kill is not counted. */
    private static int write(AtomicBoolean killed, Write write) {
        int answered = 0;
        for (int i = 1; !killed.get(); i++) {
            try {
                write.run(i);
                answered++;
            } catch (IOException | IllegalStateException cutOff) {
                if (!killed.get()) {
                    throw new AssertionError("a write failed before the kill", cutOff);
                }
            }
        }
        return answered;
    }

    @FunctionalInterface
    private interface Write {
        void run(int i) throws IOException;
    }

    /** A fixture write (FixtureServlet) on the domain: answers the id once the server committed it. */
    private String fixture(String what, String query, byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(domain.baseUrl() + "/association-tests/fixtures/" + what + "?"
                + query))
                .timeout(Duration.ofSeconds(60))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", body == null ? "application/x-www-form-urlencoded" : "application/octet-stream")
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().strip();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rows as the previous release wrote them: a channel, a published article with a photo, members, a department, an
     * appointment, audit entries. */
    private void fillAsThePreviousReleaseWould(Connection connection) throws SQLException {
        Timestamp then = Timestamp.valueOf(LocalDateTime.of(2019, 11, 20, 9, 0));
        insert(connection, "CHANNEL", OLD_CHANNEL, 0, "archive", null, "ARTICLES", "往期活动", "Archive", 90, then, "admin", then,
                "admin");
        insert(connection, "ARTICLE", OLD_ARTICLE, 0, OLD_CHANNEL, "nianhui-2019", "ZH", null, "2019年学术年会", "年会在高新区召开。",
                "<p>2019年学术年会在高新区召开。</p><p><img src=\"/files/" + OLD_PHOTO + "/nianhui.png\" alt=\"年会合影\"></p>", "管理员",
                then, "PUBLISHED", false, null, 0L, then, "admin", then, "admin");
        insert(connection, "ATTACHMENT", OLD_PHOTO, 0, OLD_ARTICLE, "nianhui.png", "image/png", (long) oldPhoto.length,
                DatabaseContents.sha256(oldPhoto).substring("sha256:".length()), 64, 48, "年会合影", 0, then, "admin", then, "admin");
        insert(connection, "ATTACHMENT_DATA", OLD_PHOTO, oldPhoto, null);
        insert(connection, "MEMBER", 1_000_010L, 1, "2019-0001", "INDIVIDUAL", "ACTIVE", "王建国", "Wang Jianguo", "主任医师", "心血管内科",
                "110101000000001", null, null, "高新区人民医院", "wang@example.org", "028-00000001", "高新区天府大道1号", null,
                day(2015, 3, 1), day(2020, 12, 31), false, "2019年当选理事", then, "admin", then, "admin");
        insert(connection, "MEMBER", 1_000_011L, 0, "2019-0002", "INSTITUTION", "ACTIVE", "高新区社区卫生服务中心", null, null, null, null,
                "COMMUNITY_HEALTH_CENTER", "12510100MB0000000X", null, null, null, null, "https://example.org", day(2016, 5, 1),
                day(2020, 12, 31), true, null, then, "admin", then, "admin");
        insert(connection, "DEPARTMENT", 1_000_020L, 0, "OFFICE", "SECRETARIAT_DEPARTMENT", null, "办公室", "Office", "日常事务",
                "Daily business",
                1, then, "admin", then, "admin");
        insert(connection, "APPOINTMENT", 1_000_021L, 0, 1_000_010L, 1_000_020L, "HEAD", day(2019, 1, 1), null, "秘书长办公会", then,
                "admin", then, "admin");
        insert(connection, "AUDIT_ENTRY", 1_000_030L, then, "admin", "Article", OLD_ARTICLE, "created",
                "{\"title\":[null,\"2019年学术年会\"]}", null);
        insert(connection, "AUDIT_ENTRY", 1_000_031L, then, "admin", "Member", 1_000_010L, "updated",
                "{\"notes\":[null,\"2019年当选理事\"]}",
                "理事会决议");
        insert(connection, "APPLICATION_ATTEMPT", 1_000_040L, "0".repeat(64), then);
    }

    private static void insert(Connection connection, String table, Object... values) throws SQLException {
        String marks = Stream.generate(() -> "?").limit(values.length).collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private static Date day(int year, int month, int day) {
        return Date.valueOf(LocalDate.of(year, month, day));
    }

    private static String key(long id) {
        return List.of(Long.toString(id)).toString();
    }

    private static byte[] png(Color color, String text) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(Color.BLACK);
        graphics.drawString(text, 4, 28);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        Folders.deleteRecursively(to);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }
}
