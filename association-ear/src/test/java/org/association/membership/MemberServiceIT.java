package org.association.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.audit.boundary.AuditFilter;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.InvalidEntityException;
import org.association.content.entity.Language;
import org.association.membership.boundary.MemberFilter;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.association.membership.entity.UnifiedSocialCreditCode;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The member register on a real Payara, EclipseLink and Derby. */
@ExtendWith(ArquillianExtension.class)
class MemberServiceIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MemberServiceIT.class);
    }

    @Inject
    private MemberService members;

    @Inject
    private Staff staff;

    @Inject
    private AuditService audit;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void createsReadsAndUpdatesAMemberWithAuditEntries() {
        Member created = staff.admin(() -> members.create(physician("李明"), "test"));
        assertNotNull(created.getId());
        assertTrue(created.getMemberNumber().matches("M[0-9]{6}"), created.getMemberNumber());

        Member loaded = staff.admin(() -> members.find(created.getId()));
        assertEquals("李明", loaded.getName());
        assertEquals(MemberStatus.ACTIVE, loaded.getStatus());

        loaded.setSpecialty("心血管内科");
        Member updated = staff.admin(() -> members.update(loaded, "specialty corrected"));
        assertEquals(loaded.getVersion() + 1, updated.getVersion());
        assertEquals("心血管内科", staff.admin(() -> members.find(created.getId())).getSpecialty());

        List<AuditEntry> history = staff.admin(() -> audit.of("Member", created.getId()));
        assertEquals(List.of("updated", "created"), history.stream().map(AuditEntry::getAction).toList());
        assertTrue(history.get(0).getChanges().contains("\"specialty\":[\"全科医学\",\"心血管内科\"]"), history.get(0).getChanges());
        assertEquals("specialty corrected", history.get(0).getReason());
    }

    @Test
    void approvingAnApplicantGivesTheNextNumberOnce() {
        Member applicant = members.apply(physician("王芳"), "192.0.2." + SERIAL.incrementAndGet() % 250, Language.ZH).orElseThrow();
        assertNull(applicant.getMemberNumber());
        assertEquals(MemberStatus.APPLICANT, applicant.getStatus());

        Member approved = staff.admin(() -> members.approve(applicant.getId(), applicant.getVersion(), "council decision"));
        assertEquals(MemberStatus.ACTIVE, approved.getStatus());
        assertNotNull(approved.getMemberNumber());
        assertNotNull(approved.getJoinedOn());

        Member secondApplicant = members.apply(physician("赵丽"), "192.0.2." + SERIAL.incrementAndGet() % 250, Language.ZH)
                .orElseThrow();
        Member another = staff.admin(() -> members.approve(secondApplicant.getId(), secondApplicant.getVersion(),
                "council decision"));
        assertNotEquals(approved.getMemberNumber(), another.getMemberNumber());
        assertTrue(another.getMemberNumber().compareTo(approved.getMemberNumber()) > 0);
    }

    @Test
    void refusesADuplicateMemberNumberAndWritesNothing() {
        Member first = staff.admin(() -> members.create(physician("张伟"), "test"));
        long before = staff.admin(() -> members.count());

        Member clash = physician("张伟");
        clash.assignMemberNumber(first.getMemberNumber());
        DuplicateEntityException refused = assertThrows(DuplicateEntityException.class,
                () -> staff.admin(() -> members.create(clash, "test")));
        assertEquals("memberNumber", refused.getField());
        assertEquals(before, staff.admin(() -> members.count()));
    }

    @Test
    void refusesInvalidInputWithAReadableMessageAndWritesNothing() {
        long before = staff.admin(() -> members.count());
        Member bad = physician("刘洋");
        bad.setEmail("not an address");
        bad.setLicenceNumber("12AB");

        InvalidEntityException refused = assertThrows(InvalidEntityException.class,
                () -> staff.admin(() -> members.create(bad, "test")));
        assertEquals("Member", refused.getEntityType());
        List<String> messages = refused.getViolations().stream().map(v -> v.field() + " " + v.message()).sorted().toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("email "), messages.toString());
        assertTrue(messages.get(1).equals("licenceNumber must be the 15 digits of the practising certificate"),
                messages.toString());
        assertEquals(before, staff.admin(() -> members.count()));
    }

    @Test
    void anInstitutionNeedsAValidCreditCode() {
        Member institution = Member.institution("成都高新测试医院" + SERIAL.incrementAndGet());
        institution.setInstitutionType(InstitutionType.GENERAL_HOSPITAL);
        institution.setCreditCode("12510100MB0000001X");
        InvalidEntityException refused = assertThrows(InvalidEntityException.class,
                () -> staff.admin(() -> members.create(institution, "test")));
        assertEquals(List.of("creditCode"), refused.getViolations().stream().map(InvalidEntityException.Violation::field)
                .toList());

        institution.setCreditCode(UnifiedSocialCreditCode.Validator.complete(String.format("12510100MB%07d",
                SERIAL.incrementAndGet())));
        assertNotNull(staff.admin(() -> members.create(institution, "test")).getId());
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        Member member = staff.admin(() -> members.create(physician("陈晨"), "test"));
        Member mine = staff.admin(() -> members.find(member.getId()));
        Member theirs = staff.admin(() -> members.find(member.getId()));

        mine.setSpecialty("儿科");
        staff.admin(() -> members.update(mine, "first edit"));
        theirs.setSpecialty("骨科");
        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() -> members.update(theirs, "second edit")));

        Member stored = staff.admin(() -> members.find(member.getId()));
        assertEquals("儿科", stored.getSpecialty());
        assertEquals(member.getVersion() + 1, stored.getVersion());
    }

    @Test
    void concurrentEditsOfOneMemberLetExactlyOneWin() throws Exception {
        Member member = staff.admin(() -> members.create(physician("周杰"), "test"));
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String specialty = "专科" + i;
            Callable<String> edit = () -> {
                Member copy = staff.admin(() -> members.find(member.getId()));
                start.await(10, TimeUnit.SECONDS);
                copy.setSpecialty(specialty);
                try {
                    staff.admin(() -> members.update(copy, "concurrent edit"));
                    return specialty;
                } catch (EntityAlreadyModifiedException e) {
                    return null;
                }
            };
            outcomes.add(executor.submit(edit));
        }
        Thread.sleep(500);
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            String won = outcome.get(30, TimeUnit.SECONDS);
            if (won != null) {
                winners.add(won);
            }
        }
        assertEquals(1, winners.size(), "winners: " + winners);
        Member stored = staff.admin(() -> members.find(member.getId()));
        assertEquals(winners.get(0), stored.getSpecialty());
        assertEquals(member.getVersion() + 1, stored.getVersion());
        assertEquals(2, staff.admin(() -> audit.of("Member", member.getId())).size(), "one created and one updated entry");
    }

    @Test
    void anonymousCallersMayOnlyApply() {
        assertThrows(EJBAccessException.class, () -> members.count());
        assertThrows(EJBAccessException.class, () -> members.create(physician("越权"), "test"));
    }

    @Test
    void theApplicationFormIsLimitedPerAddress() {
        String address = "198.51.100." + SERIAL.incrementAndGet() % 250;
        for (int i = 0; i < 5; i++) {
            members.apply(physician("申请人"), address, Language.ZH);
        }
        BusinessException refused = assertThrows(BusinessException.class,
                () -> members.apply(physician("申请人"), address, Language.ZH));
        assertEquals("error.application.tooMany", refused.getMessageKey());
        assertNotNull(members.apply(physician("申请人"), address + "1", Language.ZH).orElseThrow().getId(),
                "another address is not affected");
    }

    @Test
    void applicationsSentAtOnceFromOneAddressGetExactlyTheLimit() throws Exception {
        String address = "198.51.100." + SERIAL.incrementAndGet() % 250 + "/burst";
        int sent = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            Member applicant = physician("同时申请");
            outcomes.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return members.apply(applicant, address, Language.ZH).isPresent();
                } catch (BusinessException refused) {
                    assertEquals("error.application.tooMany", refused.getMessageKey());
                    return false;
                }
            }));
        }
        Thread.sleep(500);
        start.countDown();
        int stored = 0;
        for (Future<Boolean> outcome : outcomes) {
            stored += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(5, stored, "of " + sent + " applications sent at once from one address");
    }

    @Test
    void anApplicationIsRecordedAsComingFromAnAnonymousReader() {
        Member applicant = members.apply(physician("匿名申请"), "192.0.2." + SERIAL.incrementAndGet() % 250, Language.ZH)
                .orElseThrow();
        assertEquals("ANONYMOUS", applicant.getCreatedBy());
        List<AuditEntry> history = staff.admin(() -> audit.of("Member", applicant.getId()));
        assertEquals(List.of("ANONYMOUS"), history.stream().map(AuditEntry::getActor).toList());
    }

    @Test
    void anApplicationWithARegisteredLicenceNumberIsReceivedLikeAnyOtherAndShownToStaff() {
        Member registered = staff.admin(() -> members.create(physician("已注册"), "test"));
        long before = staff.admin(() -> members.count());
        Member again = physician("冒名申请");
        again.setLicenceNumber(registered.getLicenceNumber());
        again.setEmail("again@example.org");

        assertTrue(members.apply(again, "192.0.2." + SERIAL.incrementAndGet() % 250, Language.ZH).isEmpty(),
                "received, without a refusal");
        assertEquals(before, staff.admin(() -> members.count()), "nothing stored");
        AuditEntry shown = staff.admin(() -> audit.of("Member", registered.getId())).get(0);
        assertEquals("applied again", shown.getAction());
        assertEquals("ANONYMOUS", shown.getActor());
        assertTrue(shown.getChanges().contains("\"冒名申请\"") && shown.getChanges().contains("again@example.org"),
                shown.getChanges());

        Member invalid = physician("冒名申请");
        invalid.setLicenceNumber(registered.getLicenceNumber());
        invalid.setEmail("not an address");
        assertThrows(InvalidEntityException.class,
                () -> members.apply(invalid, "192.0.2." + SERIAL.incrementAndGet() % 250, Language.ZH),
                "refused for what it is, as an application with a number nobody holds would be");
    }

    @Test
    void anExportIsAuditedWithWhoExportedWhichFilterAndHowManyRows() throws Exception {
        String name = "导出审计" + SERIAL.incrementAndGet();
        staff.admin(() -> members.create(physician(name), "test"));
        staff.admin(() -> members.create(physician(name + "二"), "test"));
        MemberFilter filter = new MemberFilter(name, null, MemberStatus.ACTIVE, false, null, null, null);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        staff.admin(() -> members.export(filter, "name", true, false, Locale.ENGLISH, file));

        AuditFilter exports = new AuditFilter(null, "Member", null, "exported", null, null);
        AuditEntry export = staff.admin(() -> audit.search(exports, 0, 1)).get(0);
        assertEquals("SYSTEM", export.getActor(), "the caller: here the tests' run-as principal");
        assertNull(export.getEntityId());
        assertTrue(export.getChanges().contains("\"filter\":[null,\"text=" + name + " status=ACTIVE\"]"), export.getChanges());
        assertTrue(export.getChanges().contains("\"format\":[null,\"csv\"]"), export.getChanges());
        assertTrue(export.getChanges().contains("\"rows\":[null,\"2\"]"), export.getChanges());
        assertEquals(3, file.toString(StandardCharsets.UTF_8).strip().split("\r\n").length, "a header and the two members");
    }

    private static Member physician(String name) {
        int n = SERIAL.incrementAndGet();
        Member member = Member.individual(name);
        member.setProfessionalTitle("主治医师");
        member.setSpecialty("全科医学");
        member.setLicenceNumber(String.format("9%014d", System.nanoTime() % 100_000_000_000_000L + n).substring(0, 15));
        member.setEmail("test" + n + "@example.org");
        member.setPhone("028-85123456");
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2024, 1, 1));
        member.setPaidUpUntil(LocalDate.of(2026, 12, 31));
        return member;
    }
}
