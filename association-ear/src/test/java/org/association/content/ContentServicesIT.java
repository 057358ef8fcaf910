package org.association.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.ScheduledJob;
import org.association.common.ScheduledJobs;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.ArticleSummary;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.ChannelService;
import org.association.content.boundary.PublishedArticles;
import org.association.content.boundary.PublishingSchedule;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Attachment;
import org.association.content.entity.Channel;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Channels, articles and attachments on a real Payara, EclipseLink and Derby. */
@ExtendWith(ArquillianExtension.class)
class ContentServicesIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ContentServicesIT.class);
    }

    @Inject
    private Staff staff;

    @Inject
    private ChannelService channels;

    @Inject
    private ArticleService articles;

    @Inject
    private AttachmentService attachments;

    @Inject
    private PublishedArticles published;

    @Inject
    private ScheduledJobs jobs;

    @Resource(lookup = "jdbc/association")
    private DataSource database;

    @Inject
    private AssociationClock clock;

    @Test
    void createsReadsRenamesAndRefusesADuplicateSlug() {
        String slug = "test-channel-" + SERIAL.incrementAndGet();
        Channel created = staff.admin(() -> channels.create(new Channel(slug, ChannelKind.ARTICLES, "测试栏目", "Test channel"),
                "test"));
        Channel loaded = staff.admin(() -> channels.bySlug(slug)).orElseThrow();
        assertEquals(created.getId(), loaded.getId());

        loaded.setNameEn("Renamed channel");
        staff.admin(() -> channels.update(loaded, "rename"));
        assertEquals("Renamed channel", staff.admin(() -> channels.find(created.getId())).getNameEn());

        DuplicateEntityException duplicate = assertThrows(DuplicateEntityException.class,
                () -> staff.admin(() -> channels.create(new Channel(slug, ChannelKind.ARTICLES, "重复", "Duplicate"), "test")));
        assertEquals("slug", duplicate.getField());
        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() -> channels.update(loaded, "stale copy")));
    }

    @Test
    void refusesToDeleteAChannelThatHoldsArticlesAndDeletesAnEmptyOne() {
        Channel channel = newChannel();
        Article article = staff.admin(() -> articles.create(draft(channel, "kept"), "test"));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> staff.admin(() -> channels.delete(channel.getId(), channel.getVersion(), "cleanup")));
        assertEquals("error.channel.hasArticles", refused.getMessageKey());
        assertNotNull(staff.admin(() -> articles.find(article.getId())));

        Channel empty = newChannel();
        staff.admin(() -> channels.delete(empty.getId(), empty.getVersion(), "cleanup"));
        assertFalse(staff.admin(() -> channels.bySlug(empty.getSlug())).isPresent());
    }

    @Test
    void anArticleSavedWithoutSlugGetsTheOneItsTitleSuggests() {
        Channel channel = newChannel();
        int year = SERIAL.incrementAndGet();
        Article english = new Article(channel, Language.EN, null, "Notice on the " + year + " dues", "管理员",
                LocalDateTime.of(2024, 6, 1, 9, 0));
        Article chinese = new Article(channel, Language.ZH, " ", "关于缴纳会费的通知", "管理员", LocalDateTime.of(2024, 6, 1, 9, 30));

        Article savedEnglish = staff.admin(() -> articles.save(english, ArticleStatus.DRAFT, "test"));
        Article savedChinese = staff.admin(() -> articles.save(chinese, ArticleStatus.DRAFT, "test"));

        assertEquals("notice-on-the-" + year + "-dues", staff.admin(() -> articles.find(savedEnglish.getId())).getSlug());
        assertEquals("article-20240601-0930", savedChinese.getSlug(), "a title without Latin words: its add-time");
    }

    @Test
    void sanitizesBodiesOnCreateAndOnUpdate() {
        Channel channel = newChannel();
        Article article = draft(channel, "sanitized");
        article.setBody("<p onclick=\"steal()\">Hello <strong>members</strong></p><script>alert(1)</script>"
                + "<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a>");
        Article created = staff.admin(() -> articles.create(article, "test"));
        String body = staff.admin(() -> articles.find(created.getId())).getBody();
        assertTrue(body.contains("<p>Hello <strong>members</strong></p>"), body);
        assertFalse(body.contains("script"), body);
        assertFalse(body.contains("onerror"), body);
        assertFalse(body.contains("onclick"), body);
        assertFalse(body.contains("javascript:"), body);

        Article edited = staff.admin(() -> articles.find(created.getId()));
        edited.setBody("<h2>Agenda</h2><iframe src=\"https://evil.example\"></iframe>");
        staff.admin(() -> articles.update(edited, "edit"));
        assertEquals("<h2>Agenda</h2>", staff.admin(() -> articles.find(created.getId())).getBody());
    }

    @Test
    void aChannelPageShowsPublishedArticlesOnlyNewestFirst() {
        Channel channel = newChannel();
        Article older = draft(channel, "older");
        older.setStatus(ArticleStatus.PUBLISHED);
        older.setPublishedAt(LocalDateTime.of(2099, 1, 1, 9, 0));
        Article newer = draft(channel, "newer");
        newer.setStatus(ArticleStatus.PUBLISHED);
        newer.setPublishedAt(LocalDateTime.of(2099, 1, 2, 9, 0));
        Article hidden = draft(channel, "hidden");
        hidden.setPublishedAt(LocalDateTime.of(2099, 1, 3, 9, 0));
        long olderId = staff.admin(() -> articles.create(older, "test")).getId();
        long newerId = staff.admin(() -> articles.create(newer, "test")).getId();
        long hiddenId = staff.admin(() -> articles.create(hidden, "test")).getId();

        var page = published.channelPage(List.of(channel.getId()), Language.ZH, 1, 50);
        assertEquals(List.of(newerId, olderId), page.items().stream().map(ArticleSummary::id).toList());
        assertEquals(2, page.total());
        assertTrue(published.byId(newerId).isPresent());
        assertFalse(published.byId(hiddenId).isPresent());
        assertEquals(olderId, published.neighbour(published.byId(newerId).orElseThrow(), false).orElseThrow().id());
        assertTrue(published.neighbour(published.byId(newerId).orElseThrow(), true).isEmpty());
    }

    @Test
    void aReaderSeesAnArticleInTheOtherLanguageOnlyUntilItsTranslationIsPublished() throws InterruptedException {
        Channel channel = newChannel();
        Article chinese = draft(channel, "zh-original");
        chinese.setStatus(ArticleStatus.PUBLISHED);
        long zh = staff.admin(() -> articles.create(chinese, "test")).getId();
        Article english = draft(channel, "en-translation");
        english.setLanguage(Language.EN);
        english.setTranslation(staff.admin(() -> articles.find(zh)));
        long en = staff.admin(() -> articles.create(english, "test")).getId();
        assertEquals(en, staff.admin(() -> articles.find(zh)).getTranslation().getId(), "paired both ways");
        assertEquals(List.of(zh), listed(channel, Language.EN), "a draft translation: the Chinese one in the English list");
        assertEquals(List.of(zh), listed(channel, Language.ZH));

        saveAs(en, ArticleStatus.PUBLISHED);
        assertEquals(List.of(en), listed(channel, Language.EN), "the published translation in its place");
        assertEquals(List.of(zh), listed(channel, Language.ZH));
        assertEquals(1, published.channelPage(List.of(channel.getId()), Language.EN, 1, 20).total());

        saveAs(en, ArticleStatus.ARCHIVED);
        assertEquals(List.of(zh), listed(channel, Language.EN), "archived: the Chinese one again");

        Article scheduled = staff.admin(() -> articles.find(en));
        // ahead by more than a stall of a loaded machine between here and the save, which refuses a time gone by
        scheduled.setPublishedAt(clock.now().plusSeconds(5));
        staff.admin(() -> articles.save(scheduled, ArticleStatus.SCHEDULED, "test"));
        // the schedule's timer (every 2 s in the tests) publishes it
        long deadline = System.currentTimeMillis() + 20_000;
        while (!listed(channel, Language.EN).equals(List.of(en)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(List.of(en), listed(channel, Language.EN), "published by the schedule: in its place again");

        Article unpaired = staff.admin(() -> articles.find(en));
        unpaired.setTranslation(null);
        staff.admin(() -> articles.update(unpaired, "not a translation after all"));
        assertEquals(List.of(en, zh), listed(channel, Language.EN), "unpaired: both, newest first");
        assertEquals(List.of(en, zh), listed(channel, Language.ZH));
    }

    /** Sets an article's status through the editor's save, as staff do. */
    private void saveAs(long id, ArticleStatus status) {
        staff.admin(() -> articles.save(articles.find(id), status, "test"));
    }

    private List<Long> listed(Channel channel, Language language) {
        return published.channelPage(List.of(channel.getId()), language, 1, 20).items().stream().map(ArticleSummary::id).toList();
    }

    @Test
    void storesAPhotoUnderItsUnicodeNameWithSizeAndThumbnail() throws IOException {
        Article article = staff.admin(() -> articles.create(draft(newChannel(), "photo"), "test"));
        byte[] photo = png(1600, 1200);
        Attachment stored = staff.admin(() -> attachments.attach(article.getId(), "C:\\Users\\秘书处\\赵会长 照片.png", photo, "赵会长"));

        Attachment loaded = staff.admin(() -> attachments.find(stored.getId())).orElseThrow();
        assertEquals("赵会长 照片.png", loaded.getFileName());
        assertEquals("image/png", loaded.getContentType());
        assertEquals(1600, loaded.getWidth());
        assertEquals(1200, loaded.getHeight());
        assertEquals(photo.length, loaded.getSizeBytes());
        assertArrayEquals(photo, staff.admin(() -> attachments.content(stored.getId(), false)).orElseThrow());
        BufferedImage thumbnail =
                ImageIO.read(new java.io.ByteArrayInputStream(staff.admin(() -> attachments.content(stored.getId(), true))
                .orElseThrow()));
        assertTrue(thumbnail.getWidth() <= 480 && thumbnail.getHeight() <= 360, thumbnail.getWidth() + "x"
                + thumbnail.getHeight());
        assertEquals(1, staff.admin(() -> attachments.of(staff.admin(() -> articles.find(article.getId())))).size());
    }

    @Test
    void theEditorsChangesToTheCopyOnScreenAreSavedAfterPhotosWereUploaded() throws IOException {
        Article created = staff.admin(() -> articles.create(draft(newChannel(), "gallery"), "test"));
        Article open = staff.admin(() -> articles.find(created.getId()));
        staff.admin(() -> attachments.attach(open.getId(), "one.png", png(40, 30), null));
        staff.admin(() -> attachments.attach(open.getId(), "two.png", png(40, 30), null));

        open.setTitle("测试文章 gallery, published");
        Article published = staff.admin(() -> articles.save(open, ArticleStatus.PUBLISHED, null));
        Article stored = staff.admin(() -> articles.find(created.getId()));
        assertEquals(ArticleStatus.PUBLISHED, stored.getStatus());
        assertEquals("测试文章 gallery, published", stored.getTitle());
        assertEquals(2, staff.admin(() -> attachments.of(published)).size());
    }

    @Test
    void ofServersFiringTheSameTimerAtOnceExactlyOneRunsTheJob() throws Exception {
        assertTrue(jobs.find(PublishingSchedule.JOB).isPresent(), "the real job's row, made by its migration");
        String job = "test-" + SERIAL.incrementAndGet();
        addNeverRunJob(job);
        List<Callable<Boolean>> servers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            servers.add(() -> jobs.claim(job, Duration.ofHours(1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        long won = 0;
        try {
            for (Future<Boolean> claimed : pool.invokeAll(servers)) {
                won += claimed.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, won, "one of eight");
        assertFalse(jobs.claim(job, Duration.ofHours(1)), "nor again within the hour");
        ScheduledJob record = jobs.find(job).orElseThrow();
        assertEquals(1, record.getRuns());
        assertEquals("server", record.getStartedBy());
        assertTrue(jobs.claim(job, Duration.ofMillis(1)), "but once its interval has passed");
    }

    @Test
    void refusesAFileWhoseContentIsNotWhatItsNameSays() {
        Article article = staff.admin(() -> articles.create(draft(newChannel(), "fake"), "test"));
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> staff.admin(() -> attachments.attach(article.getId(), "photo.jpg", script, null)));
        assertEquals("error.upload.type", refused.getMessageKey());
        assertTrue(staff.admin(() -> attachments.of(staff.admin(() -> articles.find(article.getId())))).isEmpty());
    }

    /** What a job's migration does, for a job of this test alone. */
    private void addNeverRunJob(String job) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into SCHEDULED_JOB (NAME, LAST_STARTED, RUNS) values (?, ?, 0)")) {
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 0, 0)));
            insert.executeUpdate();
        }
    }

    private Channel newChannel() {
        return staff.admin(() -> channels.create(new Channel("test-" + SERIAL.incrementAndGet(), ChannelKind.ARTICLES, "测试",
                "Test"), "test"));
    }

    private static Article draft(Channel channel, String slug) {
        return new Article(channel, Language.ZH, slug + "-" + SERIAL.incrementAndGet(), "测试文章 " + slug, "管理员",
                LocalDateTime.of(2024, 6, 1, 9, 0));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
