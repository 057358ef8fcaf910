package org.association.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.audit.control.FieldChange;
import org.association.audit.entity.AuditEntry;
import org.association.common.VersionedEntity;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Article;
import org.association.content.entity.Attachment;
import org.association.content.entity.Channel;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.membership.boundary.MemberImportService;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.ImportBatch;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;
import org.association.membership.entity.MemberStatus;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.DepartmentKind;
import org.association.organization.entity.Position;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every write is audited: each kind of record is saved through its service, and each row that changed
 * has one audit entry per change, naming the fields that changed with their values before and after.
 * So a record's version (which every write raises) is always explained by its audit log, and an
 * editor who meets an edit conflict can read there what happened.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AuditTrailIT.class);
    }

    @Inject
    private Staff staff;

    @Inject
    private AuditService audit;

    @Inject
    private ChannelService channels;

    @Inject
    private ArticleService articles;

    @Inject
    private AttachmentService attachments;

    @Inject
    private MemberService members;

    @Inject
    private MemberImportService imports;

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    @Inject
    private AccountService accounts;

    @Test
    void pairingTranslationsAuditsThePartnersThatChange() {
        Channel channel = newChannel(0, null);
        Article chinese = staff.admin(() -> articles.create(draft(channel, Language.ZH), "test"));
        Article otherChinese = staff.admin(() -> articles.create(draft(channel, Language.ZH), "test"));
        Article english = draft(channel, Language.EN);
        english.setTranslation(chinese);
        Article savedEnglish = staff.admin(() -> articles.create(english, "test"));

        assertEquals(List.of("translation paired", "created"), actions(chinese));
        assertEquals(Map.of("translation", pair(null, "#" + savedEnglish.getId())), changes(latest(chinese)));

        Article edited = staff.admin(() -> articles.find(savedEnglish.getId()));
        edited.setTranslation(otherChinese);
        staff.admin(() -> articles.update(edited, "the other one is the original"));

        assertEquals(Map.of("translation", pair("#" + chinese.getId(), "#" + otherChinese.getId())),
                changes(latest(savedEnglish)));
        assertEquals("translation unpaired", latest(chinese).getAction());
        assertEquals(Map.of("translation", pair("#" + savedEnglish.getId(), null)), changes(latest(chinese)));
        assertEquals("translation paired", latest(otherChinese).getAction());
        assertEquals(Map.of("translation", pair(null, "#" + savedEnglish.getId())), changes(latest(otherChinese)));
        for (Article article : List.of(chinese, otherChinese, savedEnglish)) {
            assertEveryVersionAudited(article, staff.admin(() -> articles.find(article.getId())));
        }
    }

    @Test
    void articleStatusActionsAreAuditedWithTheirFields() {
        Article article = staff.admin(() -> articles.create(draft(newChannel(0, null), Language.ZH), "test"));
        Article pinned = staff.admin(() -> articles.pin(article.getId(), article.getVersion(), true));
        staff.admin(() -> articles.pin(pinned.getId(), pinned.getVersion(), true));

        assertEquals(List.of("pinned", "created"), actions(article), "pinning a pinned article changes nothing");
        assertEquals(Map.of("pinned", pair("false", "true")), changes(latest(article)));
        assertEveryVersionAudited(article, staff.admin(() -> articles.find(article.getId())));
    }

    @Test
    void channelsReorderedAndDeletedAreAuditedEachOne() {
        Channel parent = newChannel(0, null);
        Channel first = newChannel(0, parent);
        Channel second = newChannel(1, parent);
        Channel loaded = staff.admin(() -> channels.find(first.getId()));
        loaded.setNameEn("First");
        staff.admin(() -> channels.update(loaded, "renamed"));
        Channel renamed = staff.admin(() -> channels.find(first.getId()));

        staff.admin(() -> channels.reorder(second.getId(), second.getVersion(), -1));

        assertEquals(List.of("reordered", "updated", "created"), actions(first));
        assertEquals(Map.of("position", pair("0", "1")), changes(latest(first)));
        assertEquals(Map.of("nameEn", pair("Test", "First")), changes(audit(first).get(1)));
        assertEquals(Map.of("position", pair("1", "0")), changes(latest(second)));
        assertEveryVersionAudited(first, staff.admin(() -> channels.find(first.getId())));
        assertEveryVersionAudited(second, staff.admin(() -> channels.find(second.getId())));

        Channel moved = staff.admin(() -> channels.find(first.getId()));
        assertTrue(moved.getVersion() > renamed.getVersion());
        staff.admin(() -> channels.delete(moved.getId(), moved.getVersion(), "not needed"));
        AuditEntry deleted = latest(first);
        assertEquals("deleted", deleted.getAction());
        assertEquals("not needed", deleted.getReason());
        assertEquals(pair(first.getSlug(), null), changes(deleted).get("slug"));
        assertEquals(pair("#" + parent.getId(), null), changes(deleted).get("parent"));
    }

    @Test
    void anAttachmentsCaptionAndDeletionAreAudited() throws IOException {
        Article article = staff.admin(() -> articles.create(draft(newChannel(0, null), Language.ZH), "test"));
        Attachment photo = staff.admin(() -> attachments.attach(article.getId(), "会议.png", png(), null));
        Attachment captioned = staff.admin(() -> attachments.caption(photo.getId(), photo.getVersion(), " 会议现场 "));

        assertEquals(List.of("caption changed", "created"), actions(photo));
        assertEquals(Map.of("caption", pair(null, "会议现场")), changes(latest(photo)));
        assertEveryVersionAudited(photo, captioned);

        staff.admin(() -> attachments.delete(captioned.getId(), captioned.getVersion()));
        assertEquals(pair("会议.png", null), changes(latest(photo)).get("fileName"));
        assertEquals(pair("会议现场", null), changes(latest(photo)).get("caption"));
    }

    @Test
    void aMembersStandingIsAuditedAtEachAction() {
        Member applicant = Member.individual("审计" + SERIAL.incrementAndGet());
        applicant.setStatus(MemberStatus.APPLICANT);
        Member created = staff.admin(() -> members.create(applicant, "paper application"));
        Member approved = staff.admin(() -> members.approve(created.getId(), created.getVersion(), "council decision"));
        Member renewed = staff.admin(() -> members.act(approved.getId(), approved.getVersion(), MemberAction.RENEW, "dues paid",
                LocalDate.of(2030, 12, 31)));
        Member edited = staff.admin(() -> members.find(renewed.getId()));
        edited.setSpecialty("全科医学");
        Member updated = staff.admin(() -> members.update(edited, "specialty added"));

        assertEquals(List.of("updated", "renew", "approve", "created"), actions(created));
        List<AuditEntry> history = audit(created);
        assertEquals(Map.of("specialty", pair(null, "全科医学")), changes(history.get(0)));
        assertEquals(Map.of("paidUpUntil", pair(null, "2030-12-31")), changes(history.get(1)));
        assertEquals("dues paid", history.get(1).getReason());
        assertEquals(Map.of("status", pair("APPLICANT", "ACTIVE"), "memberNumber", pair(null, approved.getMemberNumber()),
                "joinedOn", pair(null, approved.getJoinedOn().toString())), changes(history.get(2)));
        assertEveryVersionAudited(created, updated);
    }

    @Test
    void departmentsAndAppointmentsAreAuditedIncludingTheHeadCheck() {
        Department department = staff.admin(() -> departments.create(new Department("AUDIT-" + SERIAL.incrementAndGet(),
                DepartmentKind.SECRETARIAT_DEPARTMENT, "审计部", "Audit Department"), "test"));
        Member member = Member.individual("部长" + SERIAL.incrementAndGet());
        member.setStatus(MemberStatus.ACTIVE);
        Member head = staff.admin(() -> members.create(member, "test"));
        Appointment appointed = staff.admin(() -> appointments.appoint(new Appointment(head, department, Position.HEAD,
                LocalDate.of(2024, 1, 1)), "test"));
        Appointment ended = staff.admin(() -> appointments.end(appointed.getId(), appointed.getVersion(),
                LocalDate.of(2024, 12, 31),
                "term over"));

        assertEquals(List.of("ended", "created"), actions(appointed));
        assertEquals(Map.of("endOn", pair(null, "2024-12-31")), changes(latest(appointed)));
        assertEveryVersionAudited(appointed, ended);
        // the head check raised the department's version: an editor's copy of it is stale, and the log says why
        assertEquals(List.of("locked for a head appointment", "created"), actions(department));
        assertEveryVersionAudited(department, staff.admin(() -> departments.find(department.getId())));

        Department loaded = staff.admin(() -> departments.find(department.getId()));
        loaded.setNameEn("Internal Audit");
        staff.admin(() -> departments.update(loaded, "renamed"));
        assertEquals(Map.of("nameEn", pair("Audit Department", "Internal Audit")), changes(latest(department)));
    }

    @Test
    void anAccountsPasswordResetIsAuditedWithoutTheHash() {
        Account account = staff.admin(() -> accounts.create(new Account("audit" + SERIAL.incrementAndGet(), "审计 员",
                EnumSet.of(Role.EDITOR)), "correct horse battery staple", "test"));
        staff.admin(() -> accounts.resetPassword(account.getId(), account.getVersion(), "forgotten"));
        Account reset = staff.admin(() -> accounts.find(account.getId()));

        assertEquals(List.of("password reset", "created"), actions(account));
        assertEquals(Map.of("passwordHash", pair("(hidden)", "(changed)"), "mustChangePassword", pair("false", "true")),
                changes(latest(account)));
        // every hash names its algorithm first
        assertTrue(reset.getPasswordHash().startsWith("PBKDF2"));
        audit(account).forEach(entry -> assertFalse(entry.getChanges().contains("PBKDF2"),
                entry.getAction() + " shows no hash: " + entry.getChanges()));
        assertEveryVersionAudited(account, reset);
    }

    @Test
    void anImportBatchAndTheMembersItChangesAreAuditedThroughCommitAndRevert() {
        Member existing = Member.individual("导入" + SERIAL.incrementAndGet());
        existing.setStatus(MemberStatus.ACTIVE);
        existing.setSpecialty("儿科");
        Member stored = staff.admin(() -> members.create(existing, "test"));
        String newName = "新会员" + SERIAL.incrementAndGet();
        byte[] file = ("member_number,kind,name,specialty\n" + stored.getMemberNumber() + ",INDIVIDUAL," + stored.getName()
                + ",眼科\n"
                + ",INDIVIDUAL," + newName + ",口腔科\n").getBytes(StandardCharsets.UTF_8);

        MemberImportService.Preview preview = staff.admin(() -> imports.preview("members.csv", file));
        ImportBatch committed = staff.admin(() -> imports.commit(preview.batchId(), preview.batchVersion()));
        assertEquals(1, committed.getUpdatedRows());
        assertEquals(List.of("updated by import", "created"), actions(stored));
        assertEquals(Map.of("specialty", pair("儿科", "眼科")), changes(latest(stored)));

        ImportBatch reverted = staff.admin(() -> imports.revert(committed.getId(), committed.getVersion(), "wrong file"));
        assertEquals(List.of("restored by revert", "updated by import", "created"), actions(stored));
        assertEquals(Map.of("specialty", pair("眼科", "儿科")), changes(latest(stored)));
        assertEveryVersionAudited(stored, staff.admin(() -> members.find(stored.getId())));

        List<AuditEntry> batch = staff.admin(() -> audit.of("ImportBatch", committed.getId()));
        assertEquals(List.of("reverted", "committed", "created"), batch.stream().map(AuditEntry::getAction).toList());
        assertEquals(pair("COMMITTED", "REVERTED"), changes(batch.get(0)).get("status"));
        assertEquals(pair("PREVIEWED", "COMMITTED"), changes(batch.get(1)).get("status"));
        assertNotNull(changes(batch.get(1)).get("committedAt"));
        assertEquals(reverted.getVersion() - preview.batchVersion() + 1, batch.size(), "one entry per version of the batch");
    }

    @Test
    void aManagedEntityIsRefusedByUpdateInsteadOfSavedUnaudited() {
        Article article = staff.admin(() -> articles.create(draft(newChannel(0, null), Language.ZH), "test"));

        RuntimeException refused = assertThrows(RuntimeException.class, () -> staff.adminInOneTransaction(() -> {
            Article managed = articles.find(article.getId());
            managed.setTitle("changed in place");
            return articles.update(managed, "test");
        }));

        assertInstanceOf(IllegalArgumentException.class, rootCause(refused), refused.toString());
        assertEquals(article.getTitle(), staff.admin(() -> articles.find(article.getId())).getTitle(), "nothing was saved");
        assertEquals(List.of("created"), actions(article));
    }

    /** A record's version rises by one at each write: one entry for its creation and one for each write since. */
    private void assertEveryVersionAudited(VersionedEntity created, VersionedEntity now) {
        List<AuditEntry> history = audit(created);
        assertEquals(now.getVersion() - created.getVersion() + 1, history.size(),
                created + " at version " + now.getVersion() + ": " + history.stream().map(AuditEntry::getAction).toList());
    }

    private List<AuditEntry> audit(VersionedEntity entity) {
        return staff.admin(() -> audit.of(entity.getClass().getSimpleName(), entity.getId()));
    }

    private List<String> actions(VersionedEntity entity) {
        return audit(entity).stream().map(AuditEntry::getAction).toList();
    }

    private AuditEntry latest(VersionedEntity entity) {
        return audit(entity).get(0);
    }

    /** An entry's fields, each with its value before and after. */
    private static Map<String, List<String>> changes(AuditEntry entry) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        FieldChange.parse(entry.getChanges())
                .forEach(change -> changes.put(change.field(), pair(change.before(), change.after())));
        return changes;
    }

    private static List<String> pair(String before, String after) {
        return Arrays.asList(before, after);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private Channel newChannel(int position, Channel parent) {
        Channel channel = new Channel("audit-" + SERIAL.incrementAndGet(), ChannelKind.ARTICLES, "审计", "Test");
        channel.setPosition(position);
        channel.setParent(parent);
        return staff.admin(() -> channels.create(channel, "test"));
    }

    private static Article draft(Channel channel, Language language) {
        return new Article(channel, language, "audit-" + SERIAL.incrementAndGet(), "审计文章", "管理员",
                LocalDateTime.of(2024, 6, 1, 9, 0));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
