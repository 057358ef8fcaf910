package org.association.operations;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.Monitoring;
import org.association.testing.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator sees: readiness and liveness for the load balancer, metrics on the monitoring port
 * only, and one structured server-log line per security event and staff change, never a password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    static final String PASSWORD = "an operator's long passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void readinessChecksTheDatabaseAndLivenessTheServerWithoutSayingMore() {
        for (String path : List.of("/health/ready", "/health/live", "/health")) {
            HttpResponse<String> health = Http.get(path);
            assertEquals(200, health.statusCode(), path);
            assertTrue(health.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"), path);
            assertTrue(health.headers().allValues("Set-Cookie").isEmpty(), "no session for a probe");
            JsonObject answer = Json.createReader(new StringReader(health.body())).readObject();
            assertEquals("UP", answer.getString("status"), path + ": " + health.body());
            answer.getJsonArray("checks").getValuesAs(JsonObject.class).forEach(check -> {
                assertEquals("UP", check.getString("status"), health.body());
                assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(), "nothing about the server: "
                        + health.body());
            });
        }
        assertEquals(List.of("database"), checks("/health/ready"));
        assertEquals(List.of("memory"), checks("/health/live"));
    }

    @Test
    void metricsAreServedOnTheMonitoringPortOnly() {
        for (String path : List.of("/metrics", "/metrics?scope=base", "/metrics?scope=application", "/metrics/application")) {
            HttpResponse<String> answer = Http.get(path);
            assertEquals(404, answer.statusCode(), path + " on the site's port");
            assertFalse(answer.body().contains("# TYPE"), path);
        }
        String metrics = Monitoring.get("/metrics");
        assertTrue(metrics.contains("memory_usedHeap_bytes{"), "the JVM's own too");
        for (String counter : List.of("association_requests_total", "association_server_errors_total", "association_logins_total",
                "association_logins_failed_total", "association_lockouts_total", "association_access_refused_total",
                "association_edit_conflicts_total", "association_member_signins_total",
                "association_member_signins_refused_total")) {
            assertTrue(Monitoring.applicationMetrics().containsKey(counter), counter + " in " + metrics);
        }
    }

    @Test
    void aFailedLoginIsCountedAndLoggedWithoutItsPassword() {
        Fixtures.account("opsuser", PASSWORD, "EDITOR");
        long mark = ServerLog.mark();
        Map<String, Double> before = Monitoring.applicationMetrics();

        FormClient visitor = new FormClient();
        visitor.open("/account/login.xhtml");
        HttpResponse<String> refused = visitor.post("/account/login.xhtml", fields("login", "login", "login:username", "opsuser",
                "login:password", "not the right one, surely", "login:submit", ""));
        assertEquals(200, refused.statusCode(), "the login page again, with its refusal");
        FormClient.signedIn("opsuser", PASSWORD).open("/admin/");

        Map<String, Double> after = Monitoring.applicationMetrics();
        assertEquals(before.get("association_logins_failed_total") + 1, after.get("association_logins_failed_total"));
        assertEquals(before.get("association_logins_total") + 1, after.get("association_logins_total"));
        assertTrue(after.get("association_requests_total") >= before.get("association_requests_total") + 4,
                "the requests are counted");
        assertEquals(before.get("association_server_errors_total"), after.get("association_server_errors_total"),
                "no server error");

        String log = ServerLog.since(mark);
        assertTrue(log.contains("event=login-refused user=opsuser address="), log);
        assertTrue(log.contains("reason=WRONG_PASSWORD"), log);
        assertTrue(log.contains("event=login-succeeded user=opsuser"), log);
        assertFalse(log.contains("not the right one") || log.contains(PASSWORD), "never a password in the log");
    }

    @Test
    void refusedAccessAndStaffChangesLeaveOneLineEach() {
        Fixtures.account("opseditor", PASSWORD, "EDITOR");
        Fixtures.account("opsclerk", PASSWORD, "MEMBERSHIP");
        long member = Fixtures.member("日志测试会员").id();
        long mark = ServerLog.mark();
        double refusedBefore = Monitoring.applicationMetrics().get("association_access_refused_total");

        FormClient editor = FormClient.signedIn("opseditor", PASSWORD);
        assertEquals(404, editor.open("/admin/accounts/").statusCode(), "looks like a page that does not exist");
        assertEquals(refusedBefore + 1, Monitoring.applicationMetrics().get("association_access_refused_total"));

        FormClient clerk = FormClient.signedIn("opsclerk", PASSWORD);
        clerk.open("/admin/members/edit.xhtml?id=" + member);
        HttpResponse<String> saved = clerk.ajax("/admin/members/edit.xhtml", "member", "member:save",
                fields("member:name", "日志测试会员",
                "member:email", "private.address@example.org", "member:joinedOn_input", "2024-01-01", "member:paidUpUntil_input",
                "",
                "member:reason", "new address"));
        assertEquals(List.of(), FormClient.errors(saved.body()));

        String log = ServerLog.since(mark);
        assertTrue(log.contains("event=access-refused user=opseditor path=/admin/accounts/"), log);
        assertEquals(1, count(log, "event=access-refused user=opseditor"), "one line per refusal");
        assertTrue(log.contains("event=record-changed actor=opsclerk entity=Member id=" + member
                + " action=updated fields=email"), log);
        assertFalse(log.contains("private.address@example.org"), "the values stay in the audit log, out of the server log");
    }

    private static List<String> checks(String path) {
        return Json.createReader(new StringReader(Http.get(path).body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class)
                .stream().map(check -> check.getString("name")).toList();
    }

    /** The application's metrics by name, as the monitoring port serves them. */

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
