package org.association.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Article;
import org.association.content.entity.Attachment;
import org.association.content.entity.Channel;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Position;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo content is there, once: by the time this class runs the EAR has been deployed (and its
 * start-up beans run) once per test class before it, all on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DemoDataIT.class);
    }

    @Inject
    private Staff staff;

    /** The tables themselves, read with plain SQL: what is stored, whatever the mapping says. */
    @Resource(lookup = "jdbc/association")
    private DataSource database;

    @Inject
    private DemoDataLoader loader;

    @Inject
    private AuditService audit;

    @Inject
    private ChannelService channels;

    @Inject
    private ArticleService articles;

    @Inject
    private AttachmentService attachments;

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    @Test
    void theSeedActivityIsPublishedOnceUnderServiceActivitiesWithItsThreePhotos() {
        Channel activities = channels.bySlug("activities").orElseThrow();
        assertEquals("service", activities.getParent().getSlug());
        assertEquals(1L,
                count("select count(*) from ARTICLE where SLUG = 'work-summary-meeting' and CHANNEL_ID = " + activities.getId()));
        long id = count("select ID from ARTICLE where SLUG = 'work-summary-meeting'");
        Article article = staff.admin(() -> articles.find(id));
        assertEquals(activities.getId(), article.getChannel().getId());
        assertTrue(article.isPublished());
        assertEquals("管理员", article.getAuthorName());
        assertEquals(LocalDateTime.of(2024, 1, 25, 17, 30), article.getPublishedAt());
        assertTrue(article.getTitle().startsWith("The Secretariat of Chengdu High-tech Medical Association held"));

        List<Attachment> photos = staff.admin(() -> attachments.of(article));
        assertEquals(List.of("大照片.jpg", "MTXX_MH20240126_153208206(1).jpg", "赵会长.jpg"),
                photos.stream().map(Attachment::getFileName).toList());
        photos.forEach(photo -> {
            assertEquals("image/jpeg", photo.getContentType());
            assertTrue(article.getBody().contains("/files/" + photo.getId() + "/"), "body shows photo " + photo.getFileName());
        });
        assertEquals("成都高新医学会秘书处召开2023年工作总结暨2024年工作部署会", article.getTranslation().getTitle());
    }

    /**
     * The loader edits records it just created, in its one transaction (the seed activity's body and cover,
     * the translations it pairs): each of those writes has its audit entry, the partners' included.
     */
    @Test
    void everyWriteOfTheLoaderToAnArticleIsAudited() {
        assertEquals(List.of("translation paired", "updated", "created"), articleActions("work-summary-meeting"));
        assertEquals(List.of("created"), articleActions("gongzuo-zongjie-bushu-hui"));
        assertEquals(List.of("updated", "created"), articleActions("introduction"));
        assertEquals(List.of("translation paired", "created"), articleActions("introduction-en"));
        assertEquals(List.of("translation paired", "created"), articleActions("2024-membership-dues-en"));
        for (String slug : List.of("work-summary-meeting", "gongzuo-zongjie-bushu-hui", "introduction", "introduction-en",
                "2024-membership-dues", "2024-membership-dues-en")) {
            long id = count("select ID from ARTICLE where SLUG = '" + slug + "'");
            // a new record has version 1, and each write raises it by one
            assertEquals(count("select VERSION from ARTICLE where ID = " + id),
                    count("select count(*) from AUDIT_ENTRY where ENTITY_TYPE = 'Article' and ENTITY_ID = " + id), slug);
        }
    }

    private List<String> articleActions(String slug) {
        long id = count("select ID from ARTICLE where SLUG = '" + slug + "'");
        return staff.admin(() -> audit.of("Article", id)).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void theDemoHospitalHasTwoContactsWhoSignInToTheMemberPortalForIt() {
        assertEquals(2L, count("select count(*) from MEMBER_CONTACT c join MEMBER m on m.ID = c.MEMBER_ID"
                + " where m.NAME = '成都高新区人民医院' and c.EMAIL like '%@hospital.example.org'"));
    }

    @Test
    void theLeadersAndBodiesOfTheSeedPageAreThereOnce() {
        Map<Position, List<String>> leaders = appointments.current().stream()
                .filter(a -> a.getDepartment() == null)
                .collect(Collectors.groupingBy(Appointment::getPosition,
                Collectors.mapping(a -> a.getMember().getName(), Collectors.toList())));
        assertEquals(List.of("赵聪"), leaders.get(Position.PRESIDENT));
        assertEquals(List.of("程敏"), leaders.get(Position.VICE_PRESIDENT));
        assertEquals(List.of("曾斌"), leaders.get(Position.SECRETARY_GENERAL));
        assertEquals("综合部", departments.byCode("SEC-GENERAL").orElseThrow().getNameZh());
        assertTrue(departments.byCode("PARTY-BRANCH").isPresent());
        assertTrue(departments.byCode("TRADE-UNION").isPresent());
        assertEquals(1L, count("select count(*) from MEMBER where NAME = '赵聪'"));
        assertEquals(0L, count("select count(*) from MEMBER where NAME = '邓志文'"), "the guest is not a member");
        long demoMembers = count("select count(*) from MEMBER where CREATED_BY = 'SYSTEM'");
        assertTrue(demoMembers >= 33, "about 30 more members than the leaders: " + demoMembers);
        assertTrue(count("select count(*) from MEMBER where KIND = 'INSTITUTION' and CREATED_BY = 'SYSTEM'") >= 9);
    }

    @Test
    void anUpcomingConferenceOfTheGeneralPracticeCommitteeTakesRegistrationsWithCmeCredit() {
        String event = "select ID from EVENT where SLUG = 'gp-annual-conference'";
        assertEquals(1L, count("select count(*) from EVENT where SLUG = 'gp-annual-conference' and STATUS = 'PUBLISHED'"
                + " and CME_CATEGORY = 'CATEGORY_I' and CME_POINTS = 6.0 and STARTS_AT > CURRENT_TIMESTAMP"));
        assertEquals(departments.byCode("CMTE-GP").orElseThrow().getId().longValue(),
                count("select DEPARTMENT_ID from EVENT where SLUG = 'gp-annual-conference'"));
        assertEquals(4L, count("select count(*) from EVENT_REGISTRATION_TYPE where EVENT_ID = (" + event + ")"));
        assertEquals(1L, count("select count(*) from EVENT_REGISTRATION_TYPE where CAPACITY = 3 and TAKEN = 3"
                + " and EARLY_PRICE < PRICE"
                + " and EVENT_ID = (" + event + ")"), "a full early-bird type");
        assertEquals(2L, count("select count(*) from EVENT_REGISTRATION where STATUS = 'WAITING' and EVENT_ID = (" + event + ")"),
                "with two on its waiting list");
        assertEquals(3L, count("select count(*) from EVENT_QUESTION where EVENT_ID = (" + event + ")"));
        assertEquals(1L, count("select count(*) from EVENT_REGISTRATION_TYPE where MEMBERS_ONLY = TRUE and EARLY_PRICE < PRICE"
                + " and EVENT_ID = (" + event + ")"), "the members' type, with an early-bird price");
    }

    @Test
    void theSeedsWorkMeetingIsAFinishedEventWithItsAttendeesCheckedInAndItsReport() {
        String event = "select ID from EVENT where SLUG = '2024-work-meeting'";
        assertEquals(1L, count("select count(*) from EVENT e join ARTICLE a on a.ID = e.REPORT_ID"
                + " where e.SLUG = '2024-work-meeting' and e.STATUS = 'FINISHED' and a.SLUG = 'gongzuo-zongjie-bushu-hui'"),
                "finished, the seed activity its report");
        assertEquals(11L, count("select count(*) from EVENT_REGISTRATION where STATUS = 'CONFIRMED' and ATTENDED = TRUE"
                + " and CHECKED_IN_AT is not null and EVENT_ID = (" + event + ")"));
        assertEquals(10L, count("select count(*) from EVENT_REGISTRATION where MEMBER_ID is not null and EVENT_ID = (" + event
                + ")"), "the secretariat's people are members, the guest is not");
        assertEquals(11L, count("select TAKEN from EVENT_REGISTRATION_TYPE where EVENT_ID = (" + event + ")"));
    }

    @Test
    void theDemoHoldsAFeeScheduleAndThisYearsInvoicesSomePaidByTransferWithVouchersOneReceipted() {
        String thisYear = "PERIOD_START = '" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-01-01'";
        assertEquals(5L, count("select count(*) from DUES_FEE_RATE where VALID_FROM < '2100-01-01'"));
        assertTrue(count("select count(*) from DUES_INVOICE where " + thisYear) >= 30, "an invoice to every active member");
        String ofThisYear = " and p.INVOICE_ID in (select ID from DUES_INVOICE where " + thisYear + ")";
        assertEquals(5L, count("select count(*) from DUES_PAYMENT p join DUES_VOUCHER v on v.PAYMENT_ID = p.ID"
                + " where p.STATE = 'CONFIRMED' and p.BY_MEMBER = TRUE and p.VOUCHER_TYPE = 'image/jpeg'" + ofThisYear),
                "paid by transfer, the voucher uploaded, confirmed");
        assertEquals(1L, count("select count(*) from DUES_PAYMENT p where p.STATE = 'RECORDED'" + ofThisYear),
                "one waits for staff");
        assertEquals(1L, count("select count(*) from DUES_PAYMENT p where p.RECEIPT_NUMBER is not null" + ofThisYear));
        assertEquals(5L, count("select count(*) from DUES_INVOICE where STATUS = 'PAID' and " + thisYear));
        assertEquals(1L, count("select count(*) from DUES_INVOICE where STATUS = 'PART_PAID' and " + thisYear));
        assertTrue(count("select count(*) from DUES_INVOICE where STATUS = 'OUTSTANDING' and " + thisYear) > 20);
        assertEquals(5000L, count("select AMOUNT from DUES_INVOICE i join MEMBER m on m.ID = i.MEMBER_ID"
                + " where m.NAME = '成都高新区人民医院' and i." + thisYear), "a general hospital's own rate");
    }

    @Test
    void loadingAgainChangesNothing() {
        long articlesBefore = count("select count(*) from ARTICLE");
        long membersBefore = count("select count(*) from MEMBER");
        long eventsBefore = count("select count(*) from EVENT");
        // other tests make channels of their own as the system too: the count before, not the demo's own 16
        long channelsBefore = count("select count(*) from CHANNEL where CREATED_BY = 'SYSTEM'");
        assertTrue(loader.isLoaded());
        assertFalse(loader.loadIfNew());
        assertEquals(articlesBefore, count("select count(*) from ARTICLE"));
        assertEquals(membersBefore, count("select count(*) from MEMBER"));
        assertEquals(eventsBefore, count("select count(*) from EVENT"));
        assertEquals(channelsBefore, count("select count(*) from CHANNEL where CREATED_BY = 'SYSTEM'"));
        assertEquals(1L, count("select count(*) from INSTALLATION_STEP where NAME = 'demo-data'"));
    }

    private long count(String sql) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
