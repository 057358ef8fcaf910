package org.association.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Monitoring;
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
 * Members sign in to their page by a link mailed to them (GreenMail): once, within its lifetime, in the browser that
 * asked for it; the answer to asking tells nobody who is a member; the limits per address; what a member may reach.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberSignInIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int SECONDS = 30;
    private static final String PASSWORD = "a long member passphrase 2026";
    private static final Pattern LINK = Pattern.compile("(/member/link\\?token=[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aMemberSignsInOnceByTheMailedLinkAndSeesTheirOwnPage() {
        String address = unique("once");
        String[] member = member("林医生", address);
        FormClient browser = new FormClient();
        HttpResponse<String> asked = askForLink(browser, address);
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("登录链接已经发出"), asked.body());
        assertTrue(browser.cookie("member-sign-in") != null, "the asking browser keeps its nonce");

        MimeMessage mail = SMTP.await(address, 1, SECONDS).get(0);
        assertEquals("会员登录链接", MailTesting.subject(mail));
        String link = link(mail);
        HttpResponse<String> opened = browser.get(link);
        assertEquals(302, opened.statusCode());
        assertEquals("/member/", location(opened));
        HttpResponse<String> page = browser.get("/member/");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("林医生") && page.body().contains(member[1]), "the member's name and number");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));

        assertEquals("/member/sign-in.xhtml?link=invalid", location(browser.get(link)), "a used link signs nobody in");
    }

    @Test
    void aLinkOpenedInAnotherBrowserSignsNobodyInThereAndStaysGoodInTheAskingOne() {
        String address = unique("elsewhere");
        member("陈医生", address);
        FormClient asking = new FormClient();
        askForLink(asking, address);
        String link = link(SMTP.await(address, 1, SECONDS).get(0));
        Map<String, Double> before = Monitoring.applicationMetrics();

        FormClient scanner = new FormClient();
        assertEquals("/member/sign-in.xhtml?link=elsewhere", location(scanner.get(link)));
        assertEquals(302, scanner.get("/member/").statusCode(), "still signed out there");
        assertTrue(location(scanner.get("/member/")).endsWith("/member/sign-in.xhtml"));

        assertEquals("/member/", location(asking.get(link)));
        assertEquals(200, asking.get("/member/").statusCode());
        Map<String, Double> after = Monitoring.applicationMetrics();
        assertEquals(before.get("association_member_signins_refused_total") + 1,
                after.get("association_member_signins_refused_total"));
        assertEquals(before.get("association_member_signins_total") + 1, after.get("association_member_signins_total"));
        assertEquals(before.get("association_logins_total"), after.get("association_logins_total"), "no staff sign-in");
        assertEquals(before.get("association_logins_failed_total"), after.get("association_logins_failed_total"));
    }

    @Test
    void anAddressNoMemberHasGetsTheSameAnswerAndNoMail() {
        String unknown = unique("nobody");
        HttpResponse<String> asked = askForLink(new FormClient(), unknown);
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("登录链接已经发出"), "the same words as for a member");
        String known = unique("known");
        member("周医生", known);
        askForLink(new FormClient(), known);
        SMTP.await(known, 1, SECONDS);
        assertEquals(0, SMTP.to(unknown).size(), "nothing is sent to an address that is no member's");
    }

    @Test
    void threeLinksAnHourForAnAddressAndTheFourthAskingSendsNothing() {
        String address = unique("limit");
        member("吴医生", address);
        for (int i = 0; i < 4; i++) {
            assertTrue(askForLink(new FormClient(), address).body().contains("登录链接已经发出"), "the same answer each time");
        }
        assertEquals(3, SMTP.await(address, 4, 10).size());
    }

    @Test
    void aMemberReachesNoStaffPageAndAStaffSessionNoMemberPage() {
        String address = unique("nostaff");
        member("郑医生", address);
        FormClient member = signedIn(address);
        for (String staffPage : new String[] {"/admin/", "/admin/members/", "/admin/mail/"}) {
            assertEquals(404, member.get(staffPage).statusCode(), staffPage + " looks like no page to a member");
        }
        FormClient staff = FormClient.signedIn("admin", StaffLogin.adminPassword());
        assertEquals(404, staff.get("/member/").statusCode(), "the portal is for members only");
        HttpResponse<String> anonymous = new FormClient().get("/member/");
        assertEquals(302, anonymous.statusCode());
        assertTrue(location(anonymous).endsWith("/member/sign-in.xhtml"), "to the portal's sign-in, not the staff login");
    }

    @Test
    void aResignedMembersSessionEndsAndTheirAddressGetsNoMoreLinks() {
        String address = unique("resigns");
        String[] member = member("冯医生", address);
        FormClient browser = signedIn(address);
        assertEquals(200, browser.get("/member/").statusCode());
        Fixtures.post("portal-fixtures", "resign", Map.of("id", member[0]));
        assertEquals(302, browser.get("/member/").statusCode(), "signed out with the next request");
        askForLink(new FormClient(), address);
        SMTP.await(address, 3, 5);
        assertEquals(1, SMTP.to(address).stream().filter(mail -> MailTesting.subject(mail).equals("会员登录链接")).count(),
                "the one link before resigning (and the mail that tells the resignation)");
    }

    @Test
    void anInstitutionsContactSignsInForItUntilStaffRemoveThem() {
        String address = unique("contact");
        String[] institution = Fixtures.post("portal-fixtures", "institution",
                Map.of("name", "测试医院 " + address, "contact", "赵联络", "email", address)).strip().split(" ");
        FormClient contact = signedIn(address);
        HttpResponse<String> page = contact.get("/member/");
        assertTrue(page.body().contains("测试医院 " + address) && page.body().contains("赵联络"), page.body());
        Fixtures.post("portal-fixtures", "remove-contact", Map.of("id", institution[1]));
        assertEquals(302, contact.get("/member/").statusCode(), "no longer signed in for it");
    }

    @Test
    void aMemberChangesTheirPhoneAtOnceAuditedAsTheirOwnAndABadNumberIsToldBesideTheField() {
        String address = unique("phone");
        String[] member = member("何医生", address);
        FormClient browser = signedIn(address);
        browser.open("/member/");
        HttpResponse<String> refused = browser.post("/member/", FormClient.fields("contact", "contact", "contact:email", address,
                "contact:phone", "12", "contact:address", "", "contact:saveContact", ""));
        assertEquals(200, refused.statusCode());
        assertTrue(Pattern.compile("id=\"contact:phone-message\"[^>]*>(?:<[^>]*>)*[^<]*应为电话号码").matcher(refused.body()).find(),
                "the bad number is refused beside its field: " + FormClient.errors(refused.body()));
        assertFalse(browser.get("/member/").body().contains("value=\"12\""), "and nothing was saved");

        browser.open("/member/");
        HttpResponse<String> saved = browser.post("/member/", FormClient.fields("contact", "contact", "contact:email", address,
                "contact:phone", "13912345678", "contact:address", "成都市高新区天府大道1号", "contact:saveContact", ""));
        assertTrue(saved.body().contains("联系方式已保存"), saved.body());
        assertTrue(browser.get("/member/").body().contains("13912345678"));
        String audit = Fixtures.post("portal-fixtures", "audit", Map.of("member", member[0]));
        assertTrue(audit.contains("contact data changed member:" + member[0]), audit);
    }

    @Test
    void aMemberSetsAPasswordUnderTheStaffPolicyAndFiveWrongOnesStopItsChecksButNotTheLink() {
        String address = unique("password");
        member("梁医生", address);
        FormClient browser = signedIn(address);
        browser.open("/member/");
        HttpResponse<String> tooShort = browser.post("/member/", FormClient.fields("password", "password",
                "password:newPassword", "short", "password:savePassword", ""));
        assertTrue(FormClient.errors(tooShort.body()).stream().anyMatch(error -> error.contains("12")),
                "told beside the field: " + FormClient.errors(tooShort.body()));
        browser.open("/member/");
        HttpResponse<String> set = browser.post("/member/", FormClient.fields("password", "password",
                "password:newPassword", PASSWORD, "password:savePassword", ""));
        assertTrue(set.body().contains("密码已设置"), set.body());

        HttpResponse<String> signedIn = passwordSignIn(FormClient.from("10.88.0.1"), address, PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals("/member/", location(signedIn));
        FormClient guesser = FormClient.from("10.88.0.2");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = passwordSignIn(guesser, address, "not the password " + i);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("邮箱或密码不正确"), refused.body());
        }
        HttpResponse<String> stopped = passwordSignIn(FormClient.from("10.88.0.3"), address, PASSWORD);
        assertEquals(200, stopped.statusCode(), "after five wrong ones even the right password is not checked");
        assertTrue(stopped.body().contains("邮箱或密码不正确"), "and the refusal reads the same");
        assertEquals(200, signedIn(address).get("/member/").statusCode(), "a mailed link still signs in");
    }

    static HttpResponse<String> passwordSignIn(FormClient browser, String address, String password) {
        browser.open("/member/sign-in.xhtml");
        return browser.post("/member/sign-in.xhtml", FormClient.fields("password", "password", "password:email", address,
                "password:secret", password, "password:signInWithPassword", ""));
    }

    /** A browser signed in by the link mailed to the address. */
    static FormClient signedIn(String address) {
        FormClient browser = new FormClient();
        int before = SMTP.to(address).size();
        askForLink(browser, address);
        String link = link(SMTP.await(address, before + 1, SECONDS).get(before));
        assertEquals("/member/", location(browser.get(link)));
        return browser;
    }

    static HttpResponse<String> askForLink(FormClient browser, String address) {
        browser.open("/member/sign-in.xhtml");
        return browser.post("/member/sign-in.xhtml", FormClient.fields("signIn", "signIn", "signIn:email", address,
                "signIn:send", ""));
    }

    /** An active physician with the address: "id number". */
    static String[] member(String name, String address) {
        return Fixtures.post("portal-fixtures", "member", Map.of("name", name, "email", address)).strip().split(" ");
    }

    static String link(MimeMessage mail) {
        Matcher link = LINK.matcher(MailTesting.text(mail));
        assertTrue(link.find(), MailTesting.text(mail));
        return link.group(1);
    }

    static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    static String unique(String what) {
        return "portal-" + what + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
