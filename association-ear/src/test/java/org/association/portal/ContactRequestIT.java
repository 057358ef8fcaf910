package org.association.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.MailTesting;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An institution's contact, signed in by link (GreenMail), asks on the member's page to add or remove a contact, and
 * MEMBERSHIP staff decide: an approved contact exists and signs in, a removed one no longer can, a rejection (here
 * through the staff's page) tells its reason by mail. An individual member cannot ask, and a contact of one institution
 * cannot touch another's contacts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactRequestIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    private static final Pattern LINK = Pattern.compile("(/member/link\\?token=[A-Za-z0-9_-]{43})");
    private static final String SENT = "申请已提交秘书处";

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aContactAsksForANewContactStaffApproveAndTheNewContactSignsInUntilTheirRemovalIsApproved() {
        String requester = unique("asks");
        String[] institution = institution("钱联络", requester);
        FormClient browser = signedIn(requester);
        String newcomer = unique("newcomer");
        HttpResponse<String> asked = askToAdd(browser, "孙新人", newcomer, "13800000000", "财务负责人");
        assertTrue(asked.body().contains(SENT), FormClient.errors(asked.body()).toString());
        String[] request = requests(institution[0]).get(0).split(" ");
        assertEquals(List.of("ADD", "PENDING", "孙新人", newcomer), List.of(request).subList(1, 5));
        assertTrue(browser.get("/member/details.xhtml").body().contains("孙新人 (" + newcomer + ")"),
                "the contact sees the request");

        assertEquals("APPROVED", decide("approve", request[0], null));
        assertEquals("refused error.changeRequest.decided", decide("approve", request[0], null), "decided once");
        assertTrue(contacts(institution[0]).stream().anyMatch(line -> line.endsWith(" 孙新人 " + newcomer + " 财务负责人")),
                contacts(institution[0]).toString());
        MimeMessage approved = decision(requester, "您的单位联系人申请已获批准");
        assertTrue(MailTesting.text(approved).contains("新增联系人：孙新人 (" + newcomer + ")"), MailTesting.text(approved));

        FormClient added = signedIn(newcomer);
        HttpResponse<String> page = added.get("/member/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(institution[2]), "the new contact signs in for the institution");

        List<String> listed = contacts(institution[0]);
        int row = indexOf(listed, newcomer);
        String newcomerId = listed.get(row).split(" ")[0];
        HttpResponse<String> removal = askToRemove(browser, row, newcomerId);
        assertTrue(removal.body().contains(SENT), FormClient.errors(removal.body()).toString());
        String[] removing = requests(institution[0]).get(0).split(" ");
        assertEquals(List.of("REMOVE", "PENDING", "孙新人", newcomer), List.of(removing).subList(1, 5));
        assertEquals("APPROVED", decide("approve", removing[0], null));
        assertEquals(-1, indexOf(contacts(institution[0]), newcomer));
        assertEquals(302, added.get("/member/").statusCode(), "a removed contact's session ends");
    }

    @Test
    void aRejectionNeedsAReasonChangesNoContactAndTellsTheRequesterWhy() {
        String requester = unique("rejected");
        String[] institution = institution("李联络", requester);
        FormClient browser = signedIn(requester);
        String asked = unique("unwanted");
        assertTrue(askToAdd(browser, "周某", asked, "", "").body().contains(SENT));
        String id = requests(institution[0]).get(0).split(" ")[0];

        assertEquals("refused error.member.reasonRequired", decide("reject", id, " "));
        FormClient staff = FormClient.signedIn("admin", StaffLogin.adminPassword());
        String list = staff.open("/admin/members/changes.xhtml").body();
        Matcher row = Pattern.compile("id=\"(contactRequests:pendingContacts:\\d+):reason\"").matcher(list);
        assertTrue(list.contains(asked) && row.find(list.indexOf(asked)), "staff see the request among the pending ones");
        HttpResponse<String> rejected = staff.post("/admin/members/changes.xhtml", FormClient.fields("contactRequests",
                "contactRequests", row.group(1) + ":reason", "请提供单位授权书", row.group(1) + ":reject", ""));
        assertTrue(rejected.body().contains("申请已驳回"), FormClient.errors(rejected.body()).toString());
        assertTrue(requests(institution[0]).get(0).contains(" REJECTED "), requests(institution[0]).toString());
        assertEquals(1, contacts(institution[0]).size(), "only the requester");
        String text = MailTesting.text(decision(requester, "关于您的单位联系人申请"));
        assertTrue(text.contains("原因：请提供单位授权书") && text.contains("新增联系人：周某 (" + asked + ")"), text);
        assertEquals(302, signedInStatus(asked), "no contact, no sign-in");
    }

    @Test
    void anIndividualMemberHasNoContactsToAskAbout() {
        String address = unique("individual");
        String member = Fixtures.post("portal-fixtures", "member", Map.of("name", "王个人", "email", address)).strip()
                .split(" ")[0];
        FormClient browser = signedIn(address);
        HttpResponse<String> page = browser.open("/member/details.xhtml");
        assertFalse(page.body().contains("id=\"contactRequest\""), "no form to ask with");
        HttpResponse<String> posted = askToAdd(browser, "冒充", unique("posing"), "", "");
        assertFalse(posted.body().contains(SENT));
        assertEquals(List.of(), requests(member));
    }

    @Test
    void aContactOfOneInstitutionCannotTouchAnotherInstitutionsContacts() {
        String ownAddress = unique("own");
        String[] own = institution("赵联络", ownAddress);
        String otherAddress = unique("other");
        String[] other = institution("吴联络", otherAddress);
        FormClient browser = signedIn(ownAddress);

        HttpResponse<String> removal = askToRemove(browser, 0, other[1]);
        assertFalse(removal.body().contains(SENT));
        assertTrue(removal.body().contains("此单位会员联系人已不存在"), FormClient.errors(removal.body()).toString());
        HttpResponse<String> taking = askToAdd(browser, "吴联络", otherAddress, "", "");
        assertFalse(taking.body().contains(SENT), "another institution's contact is not asked for");
        assertTrue(FormClient.errors(taking.body()).stream().anyMatch(error -> !error.isBlank()),
                "told beside the address");

        assertEquals(List.of(), requests(own[0]));
        assertEquals(List.of(), requests(other[0]));
        assertEquals(1, contacts(other[0]).size());
        assertEquals(200, signedIn(otherAddress).get("/member/").statusCode(), "the other's contact still signs in");
    }

    private static HttpResponse<String> askToAdd(FormClient browser, String name, String email, String phone, String title) {
        browser.open("/member/details.xhtml");
        return browser.post("/member/details.xhtml", FormClient.fields("contactRequest", "contactRequest",
                "contactRequest:name", name,
                "contactRequest:email", email, "contactRequest:phone", phone, "contactRequest:title", title,
                "contactRequest:askToAdd", ""));
    }

    /** Presses the removal button of the row, naming the contact (as the page does, or another by hand). */
    private static HttpResponse<String> askToRemove(FormClient browser, int row, String contactId) {
        browser.open("/member/details.xhtml");
        String form = "contactList:" + row + ":removeContact";
        return browser.post("/member/details.xhtml", FormClient.fields(form, form, "contact", contactId,
                form + ":askToRemove", ""));
    }

    /** An active institution with one contact: "memberId contactId name". */
    private static String[] institution(String contact, String address) {
        String name = "联系人测试医院" + SERIAL.incrementAndGet();
        String[] ids = Fixtures.post("portal-fixtures", "institution", Map.of("name", name, "contact", contact, "email",
                address)).strip().split(" ");
        return new String[] {ids[0], ids[1], name};
    }

    private static List<String> requests(String member) {
        String answer = Fixtures.post("contact-request-fixtures", "requests", Map.of("member", member)).strip();
        return answer.isEmpty() ? List.of() : answer.lines().toList();
    }

    private static List<String> contacts(String member) {
        return Fixtures.post("contact-request-fixtures", "contacts", Map.of("member", member)).strip().lines().toList();
    }

    private static String decide(String decision, String id, String reason) {
        return Fixtures.post("contact-request-fixtures", decision, reason == null ? Map.of("id", id)
                : Map.of("id", id, "reason", reason)).strip();
    }

    private static int indexOf(List<String> contacts, String address) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).contains(" " + address + " ")) {
                return i;
            }
        }
        return -1;
    }

    /** The decision's mail to the requester. */
    private static MimeMessage decision(String address, String subject) {
        for (int count = 1; count < 5; count++) {
            List<MimeMessage> mails = SMTP.await(address, count + 1, SECONDS);
            for (MimeMessage mail : mails) {
                if (MailTesting.subject(mail).equals(subject)) {
                    return mail;
                }
            }
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + address);
    }

    /** A browser signed in by the link mailed to the address. */
    private static FormClient signedIn(String address) {
        FormClient browser = new FormClient();
        int before = SMTP.to(address).size();
        askForLink(browser, address);
        List<MimeMessage> mails = SMTP.await(address, before + 1, SECONDS);
        Matcher link = LINK.matcher(MailTesting.text(mails.get(before)));
        assertTrue(link.find(), MailTesting.text(mails.get(before)));
        HttpResponse<String> opened = browser.get(link.group(1));
        assertEquals("/member/", opened.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
        return browser;
    }

    /** Whether the address gets a sign-in link at all: 200 signed in, 302 not (no mail came). */
    private static int signedInStatus(String address) {
        askForLink(new FormClient(), address);
        return SMTP.await(address, 1, 5).isEmpty() ? 302 : 200;
    }

    private static void askForLink(FormClient browser, String address) {
        browser.open("/member/sign-in.xhtml");
        browser.post("/member/sign-in.xhtml", FormClient.fields("signIn", "signIn", "signIn:email", address,
                "signIn:send", ""));
    }

    private static String unique(String what) {
        return "contact-request-" + what + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
