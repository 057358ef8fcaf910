package org.association.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.MailTesting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Identity change requests through the services: an approved request writes the values to the member, audited as
 * "change request N", and mails the member (GreenMail); a rejection needs a reason, leaves the member as it was and
 * mails the reason; values that break the Member's rules are refused field by field; a second pending request is
 * refused; a request whose fields changed since it was made, or that asks for another member's licence number, is
 * refused on approval.
 */
@ExtendWith(ArquillianExtension.class)
class MemberChangeRequestIT {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final int SECONDS = 30;

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Test
    void anApprovedRequestChangesTheMemberAuditedAsTheRequestAndTellsTheMember() {
        String email = unique("approved");
        String licence = licence();
        String member = member("吴变更", email, licence);
        String asked = licence();
        String id = request(member, Map.of("EMPLOYER", "四川省人民医院", "LICENCE_NUMBER", asked, "NAME", "吴变更"));
        assertTrue(id.matches("[0-9]+"), id);
        assertEquals("refused error.changeRequest.pending", request(member, Map.of("EMPLOYER", "另一家医院")),
                "one pending request at a time");

        assertEquals("APPROVED", post("approve", Map.of("id", id)));
        assertEquals("吴变更|null|" + asked + "|四川省人民医院|null", post("read", Map.of("member", member)));
        String latest = post("audit", Map.of("member", member)).lines().findFirst().orElse("");
        assertTrue(latest.startsWith("identity changed|change request " + id + "|"), latest);
        assertTrue(latest.contains(licence) && latest.contains(asked) && latest.contains("四川省人民医院"), latest);
        assertEquals("refused error.changeRequest.decided", post("approve", Map.of("id", id)), "decided once");

        MimeMessage mail = SMTP.await(email, 1, SECONDS).get(0);
        assertEquals("您的会员信息变更已生效", MailTesting.subject(mail));
        String text = MailTesting.text(mail);
        assertTrue(text.contains("工作单位：成都高新医院 → 四川省人民医院") && text.contains("执业证书编号：" + licence + " → " + asked),
                text);
        assertTrue(request(member, Map.of("EMPLOYER", "另一家医院")).matches("[0-9]+"), "a new request once it is decided");
    }

    @Test
    void aRejectionNeedsAReasonLeavesTheMemberAsItWasAndTellsTheReason() {
        String email = unique("rejected");
        String licence = licence();
        String member = member("郑驳回", email, licence);
        String id = request(member, Map.of("NAME", "郑新名", "PROFESSIONAL_TITLE", "主任医师"));
        assertEquals("refused error.member.reasonRequired", post("reject", Map.of("id", id, "reason", " ")));
        assertEquals("REJECTED", post("reject", Map.of("id", id, "reason", "请附上更名证明")));
        assertEquals("郑驳回|null|" + licence + "|成都高新医院|null", post("read", Map.of("member", member)));
        assertTrue(post("audit", Map.of("member", member)).lines().noneMatch(line -> line.startsWith("identity changed")));

        List<MimeMessage> mails = SMTP.await(email, 1, SECONDS);
        assertEquals("关于您的会员信息变更申请", MailTesting.subject(mails.get(0)));
        String text = MailTesting.text(mails.get(0));
        assertTrue(text.contains("原因：请附上更名证明") && text.contains("姓名/名称：郑驳回 → 郑新名"), text);
    }

    @Test
    void valuesThatBreakTheMembersRulesAreRefusedFieldByField() {
        String member = member("冯校验", unique("invalid"), licence());
        assertEquals("refused error.invalid licenceNumber name", request(member, Map.of("LICENCE_NUMBER", "12345",
                "NAME", " ")));
        assertEquals("refused error.invalid employer", request(member, Map.of("EMPLOYER", "医".repeat(201))));
        assertEquals("refused error.changeRequest.field", request(member, Map.of("CREDIT_CODE",
                "91510100MA61R8XK3N")), "an individual has no credit code");
        assertEquals("refused error.changeRequest.nothing", request(member, Map.of("EMPLOYER", "成都高新医院")));
    }

    @Test
    void aRequestWhoseFieldsChangedSinceOrThatAsksForAnotherMembersLicenceIsRefusedOnApproval() {
        String member = member("陈过时", unique("stale"), licence());
        String stale = request(member, Map.of("EMPLOYER", "华西医院"));
        post("edit", Map.of("member", member, "employer", "staff corrected this"));
        assertEquals("refused error.changeRequest.stale", post("approve", Map.of("id", stale)));
        assertEquals("陈过时|null|", post("read", Map.of("member", member)).substring(0, "陈过时|null|".length()));
        assertTrue(post("read", Map.of("member", member)).endsWith("|staff corrected this|null"));

        String taken = licence();
        member("韩已有", unique("holder"), taken);
        String other = member("韩冲突", unique("clash"), licence());
        String clash = request(other, Map.of("LICENCE_NUMBER", taken));
        assertEquals("refused error.duplicate.licenceNumber", post("approve", Map.of("id", clash)));
        assertEquals("REJECTED", post("reject", Map.of("id", clash, "reason", "该证书编号已登记")), "still pending");
    }

    private static String member(String name, String email, String licence) {
        return Fixtures.post("membership-fixtures", "member", Map.of("name", name, "email", email, "licence", licence,
                "status", "ACTIVE")).strip().split(" ")[0];
    }

    private static String request(String member, Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(changes);
        fields.put("member", member);
        return post("request", fields);
    }

    private static String post(String what, Map<String, String> fields) {
        return Fixtures.post("membership-fixtures", what, fields).strip();
    }

    /** A practising certificate number no other test uses: 15 digits. */
    private static String licence() {
        return String.format("%015d", SERIAL.incrementAndGet() * 7919 % 1_000_000_000_000_000L);
    }

    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }

    /** The EAR as built, and the test module whose MembershipFixtureServlet makes members and their requests. */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }
}
