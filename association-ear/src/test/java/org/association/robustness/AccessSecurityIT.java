package org.association.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.ServerLog;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outside review's findings on access, over HTTP against the deployed site: the lockout's count and throttles,
 * sessions checked against their account, the forced password change, the audit log's values by role, and the
 * trusted proxy. The tests' server takes this machine (127.0.0.1) as its proxy, so a test can stand for many clients
 * by X-Forwarded-For; each test takes addresses of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessSecurityIT {

    private static final String PASSWORD = "a long and proper passphrase";
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void wrongPasswordsSentAtOnceGetFiveChecksBetweenThem() throws Exception {
        String user = account("racer", "EDITOR");
        String address = address();
        long mark = ServerLog.mark();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = "wrong guess number " + i;
                attempts.add(pool.submit(() -> FormClient.from(address).signIn(user, guess)));
            }
            for (Future<Boolean> attempt : attempts) {
                assertFalse(attempt.get(), "a wrong password never lets in");
            }
        } finally {
            pool.shutdownNow();
        }
        String log = logOf(mark, user, 10);
        int checked = count(log, "event=login-refused user=" + user + " address=" + address + " reason=WRONG_PASSWORD")
                + count(log, "event=account-locked user=" + user + " ");
        assertEquals(5, checked, "five passwords checked, then the lock: " + log);
        assertEquals(5, count(log, "user=" + user + " address=" + address + " reason=LOCKED"), log);
    }

    @Test
    void aLockedAccountLetsItsOwnerInFromAnAddressThatHasNotFailed() {
        String user = account("owner", "EDITOR");
        String attacker = address();
        for (int i = 1; i <= 5; i++) {
            assertFalse(FormClient.from(attacker).signIn(user, "guess " + i));
        }
        assertFalse(FormClient.from(attacker).signIn(user, PASSWORD), "locked against the address that guessed");
        assertTrue(FormClient.from(address()).signIn(user, PASSWORD), "the owner, elsewhere, still signs in");
    }

    @Test
    void anAddressWithManyRefusalsIsNotCheckedAnyMore() {
        String user = account("thrifty", "EDITOR");
        String noisy = address();
        for (int i = 0; i < 20; i++) {
            assertFalse(FormClient.from(noisy).signIn("nobody-" + SERIAL.incrementAndGet(), "guess " + i));
        }
        long mark = ServerLog.mark();
        assertFalse(FormClient.from(noisy).signIn(user, PASSWORD), "refused unchecked, even with the right password");
        assertTrue(logOf(mark, user, 1).contains("user=" + user + " address=" + noisy + " reason=THROTTLED"));
        assertTrue(FormClient.from(address()).signIn(user, PASSWORD), "other addresses are not held back");
    }

    @Test
    void anOpenSessionEndsAtItsNextRequestWhenAnAdministratorChangesTheAccount() {
        String officer = account("officer", "MEMBERSHIP");
        FormClient session = signedIn(officer);
        assertEquals(200, session.get("/admin/members/").statusCode());
        Fixtures.changeAccount(officer, "name", "A new display name");
        assertEquals(200, session.get("/admin/members/").statusCode(), "a new name ends nothing");
        long mark = ServerLog.mark();
        Fixtures.changeAccount(officer, "roles", "EDITOR");
        assertSentToLogin(session.get("/admin/members/"), "a role taken away");
        assertSentToLogin(session.get("/admin/articles/"), "the session is over, not just the one page");
        assertTrue(logOf(mark, officer, 1).contains("event=session-ended user=" + officer + " reason=account-changed"));

        String leaver = account("leaver", "EDITOR");
        FormClient disabled = signedIn(leaver);
        assertEquals(200, disabled.get("/admin/articles/").statusCode());
        Fixtures.changeAccount(leaver, "disable", null);
        assertSentToLogin(disabled.get("/admin/articles/"), "a disabled account");
        assertFalse(FormClient.from(address()).signIn(leaver, PASSWORD));

        String forgetful = account("forgetful", "EDITOR");
        FormClient reset = signedIn(forgetful);
        Fixtures.changeAccount(forgetful, "reset", null);
        assertSentToLogin(reset.get("/admin/articles/"), "a password reset");
    }

    @Test
    void anEventsOfficerRunsEventsAndReadsNoMembers() {
        FormClient officer = signedIn(account("desk", "EVENTS"));
        HttpResponse<String> events = officer.get("/admin/events/");
        assertEquals(200, events.statusCode());
        assertTrue(events.body().contains("menuEvents"), "the menu leads to the events");
        assertFalse(events.body().contains("menuMembers"), "and not to the members");
        for (String refused : List.of("/admin/members/", "/admin/mail/", "/admin/articles/", "/admin/accounts/")) {
            assertEquals(404, officer.get(refused).statusCode(), refused + " looks like a page that does not exist");
        }
    }

    @Test
    void aPasswordThatMustBeChangedIsCheckedOnTheMappedPathAndByTheBackupApi() {
        String admin = account("newadmin", "ADMIN");
        String password = Fixtures.changeAccount(admin, "reset", null);
        FormClient session = FormClient.from(address());
        assertTrue(session.signIn(admin, password));
        assertEquals(200, session.get("/admin/password.xhtml").statusCode());
        for (String detour : List.of("/admin/members/", "/admin/password.xhtml/../members/", "/admin/password.xhtml/../accounts/",
                "/admin/password.xhtml;x/../../admin/members/")) {
            HttpResponse<String> answer = session.get(detour);
            assertEquals(302, answer.statusCode(), detour + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/admin/password.xhtml"), detour);
        }
        String basic = Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> backup = Http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "/api/backups"))
                .header("Authorization", "Basic " + basic).header("Cookie", "JSESSIONID=" + session.cookie("JSESSIONID"))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, backup.statusCode(), backup.body());
    }

    @Test
    void anEditorSeesNoMemberValuesInTheLatestChanges() {
        String name = "隐私测试 " + SERIAL.incrementAndGet();
        Fixtures.member(name);
        String editor = account("reader", "EDITOR");
        String dashboard = signedIn(editor).get("/admin/").body();
        assertFalse(FormClient.unescape(dashboard).contains(name), "an editor reads no member's name");
        assertTrue(FormClient.unescape(adminDashboard()).contains(name), "an admin does, so the change is among the latest");
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSentOnlyForHttpsFromTheTrustedProxy() {
        HttpResponse<String> proxied = Http.get("/account/login.xhtml", "X-Forwarded-Proto", "https");
        assertTrue(sessionCookie(proxied).toLowerCase(Locale.ROOT).contains("; secure"), sessionCookie(proxied));
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").isPresent());

        HttpResponse<String> plain = Http.get("/account/login.xhtml", "X-Forwarded-Proto", "http");
        assertFalse(sessionCookie(plain).toLowerCase(Locale.ROOT).contains("secure"), sessionCookie(plain));
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());

        String untrusted = fromUntrusted("GET /account/login.xhtml HTTP/1.0\r\nHost: "
                + "localhost\r\nX-Forwarded-Proto: https\r\n\r\n");
        String head = untrusted.substring(0, untrusted.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(head.contains("set-cookie: jsessionid="), head);
        assertFalse(head.matches("(?s).*set-cookie: jsessionid=[^\r\n]*secure.*"), "only the proxy is believed: " + head);
        assertFalse(head.contains("strict-transport-security"), head);
    }

    @Test
    void xForwardedForIsBelievedOnlyFromTheTrustedProxy() {
        String user = "probe-" + SERIAL.incrementAndGet();
        long mark = ServerLog.mark();
        assertFalse(FormClient.from("10.99.0.1").signIn(user, "whatever it is"));
        String page = fromUntrusted("GET /account/login.xhtml HTTP/1.0\r\nHost: localhost\r\n\r\n");
        Matcher session = Pattern.compile("(?i)set-cookie: (JSESSIONID=[^;\r\n]+)").matcher(page);
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(session.find() && viewState.find(), page);
        String form = "login=login&login%3Ausername=" + user
                + "&login%3Apassword=whatever&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(FormClient.unescape(viewState.group(1)), StandardCharsets.UTF_8);
        String answer = fromUntrusted("POST /account/login.xhtml HTTP/1.0\r\nHost: localhost\r\nCookie: " + session.group(1)
                + "\r\nX-Forwarded-For: 10.99.0.2\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.length() + "\r\n\r\n" + form);
        assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 302"), answer);
        String log = logOf(mark, user, 2);
        assertTrue(log.contains("user=" + user + " address=10.99.0.1 "), log);
        assertTrue(log.contains("user=" + user + " address=127.0.0.2 "), "a spoofed X-Forwarded-For is ignored: " + log);
    }

    /**
     * Sends a request (HTTP/1.0: the answer ends where the connection does) from 127.0.0.2, an address of this
     * machine that is not the trusted proxy's, and answers the whole answer.
     */
    private static String fromUntrusted(String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", URI.create(Browser.baseUrl()).getPort()), 10_000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String adminDashboard() {
        FormClient admin = FormClient.from(address());
        assertTrue(admin.signIn("admin", StaffLogin.adminPassword()));
        return admin.get("/admin/").body();
    }

    private static String account(String prefix, String roles) {
        String username = prefix + SERIAL.incrementAndGet();
        Fixtures.account(username, PASSWORD, roles);
        return username;
    }

    private static FormClient signedIn(String username) {
        FormClient staff = FormClient.from(address());
        assertTrue(staff.signIn(username, PASSWORD), username);
        return staff;
    }

    /** A client address no other test uses. */
    private static String address() {
        int n = SERIAL.incrementAndGet();
        return "10.77." + (n / 200 % 200) + "." + (n % 200 + 1);
    }

    private static void assertSentToLogin(HttpResponse<String> answer, String why) {
        assertEquals(302, answer.statusCode(), why);
        assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/account/login.xhtml"), why);
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers().allValues("Set-Cookie")));
    }

    /** The server log since the mark, once it holds at least {@code lines} lines about the user (the log is written apart). */
    private static String logOf(long mark, String user, int lines) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String log = ServerLog.since(mark);
        while (count(log, "user=" + user + " ") < lines && System.nanoTime() < until) {
            sleep();
            log = ServerLog.since(mark);
        }
        return log;
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
