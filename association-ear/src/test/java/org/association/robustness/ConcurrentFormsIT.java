package org.association.robustness;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editors signed in at the same time, each with the same member (or article) open, press Save at the
 * same moment: exactly one save is taken, every other editor is told that someone else saved first,
 * and the stored record is the winner's, one version on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentFormsIT {

    static final int EDITORS = 4;
    static final String PASSWORD = "a long passphrase for racing";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void membershipStaffSavingOneMemberAtOnce() throws Exception {
        long logMark = ServerLog.mark();
        long member = Fixtures.member("表单并发会员").id();
        List<FormClient> editors = editors("MEMBERSHIP");
        editors.forEach(editor -> editor.open("/admin/members/edit.xhtml?id=" + member));
        List<HttpResponse<String>> answers = atOnce(editors,
                editor -> editor.ajax("/admin/members/edit.xhtml", "member", "member:save",
                fields("member:name", "表单并发会员", "member:specialty", "专科" + editors.indexOf(editor), "member:joinedOn_input",
                "2024-01-01",
                        "member:paidUpUntil_input", "", "member:reason", "race")));
        int winner = oneWinner(answers, "member:conflict");
        String stored = editors.get(0).open("/admin/members/edit.xhtml?id=" + member).body();
        assertTrue(stored.contains("value=\"专科" + winner + "\""), "the winner's specialty is stored");
        ServerLog.assertNoTroubleSince(logMark);
    }

    @Test
    void editorsSavingOneArticleAtOnce() throws Exception {
        long logMark = ServerLog.mark();
        long article = Fixtures.article("notices", "form-race", "DRAFT");
        List<FormClient> editors = editors("EDITOR");
        List<String> pages = new ArrayList<>();
        editors.forEach(editor -> pages.add(editor.open("/admin/articles/edit.xhtml?id=" + article).body()));
        Matcher channel = Pattern.compile("<option value=\"(Channel\\[[0-9]+\\])\" selected").matcher(pages.get(0));
        assertTrue(channel.find(), "the editor shows the article's channel");
        List<HttpResponse<String>> answers = atOnce(editors,
                editor -> editor.ajax("/admin/articles/edit.xhtml", "article", "article:saveDraft",
                fields("article:title", "Race " + editors.indexOf(editor), "article:channel_input", channel.group(1),
                "article:language_input", "EN",
                        "article:slug", "form-race", "article:authorName", "管理员", "article:publishedAt_input",
                        "2024-02-02 10:00:00")));
        int winner = oneWinner(answers, "article:conflict");
        String stored = editors.get(0).open("/admin/articles/edit.xhtml?id=" + article).body();
        assertTrue(stored.contains("value=\"Race " + winner + "\""), "the winner's title is stored");
        ServerLog.assertNoTroubleSince(logMark);
    }

    @Test
    void oneAccountSigningInFromSeveralPlacesAtOnce() throws Exception {
        long logMark = ServerLog.mark();
        Fixtures.account("sharedracer", PASSWORD, "EDITOR");
        List<FormClient> places = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            places.add(new FormClient());
        }
        // each sign-in must succeed: signedIn throws when it is refused
        List<FormClient> signedIn = atOnce(places, place -> FormClient.signedIn("sharedracer", PASSWORD));
        signedIn.forEach(staff -> assertEquals(200, staff.open("/admin/index.xhtml").statusCode()));
        ServerLog.assertNoTroubleSince(logMark);
    }

    @Test
    void applicationsSentAtOnceThroughTheProxyAreLimitedPerApplicantNotForAllTogether() throws Exception {
        long logMark = ServerLog.mark();
        long applicants = Fixtures.counts().get("applicants");
        // the tests' server trusts X-Forwarded-For from 127.0.0.1, as a site behind a proxy on its own machine would
        String applicant = "203.0.113." + (1 + System.nanoTime() % 250);
        List<FormClient> readers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FormClient reader = new FormClient().withHeader("X-Forwarded-For", applicant);
            reader.open("/en/join");
            readers.add(reader);
        }
        List<HttpResponse<String>> answers = atOnce(readers,
                reader -> reader.post("/en/join", applicationForm(readers.indexOf(reader))));
        long received = answers.stream().filter(answer -> answer.statusCode() == 302).count();
        assertEquals(5, received, "of 10 applications sent at once from one applicant: "
                + answers.stream().map(HttpResponse::statusCode).toList());
        answers.stream().filter(answer -> answer.statusCode() != 302)
                .forEach(refused -> assertFalse(FormClient.errors(refused.body()).isEmpty(), "the refusal is told"));

        String anotherApplicant = applicant.replace("203.0.113.", "192.0.2.");
        FormClient another = new FormClient().withHeader("X-Forwarded-For", "198.51.100.1, " + anotherApplicant);
        another.open("/en/join");
        assertEquals(302, another.post("/en/join", applicationForm(10)).statusCode(), "another applicant behind the same proxy");
        assertEquals(applicants + 6, Fixtures.counts().get("applicants"));
        ServerLog.assertNoTroubleSince(logMark);
    }

    /** The public application form as a physician fills it in, with a licence number of its own. */
    private static Map<String, String> applicationForm(int applicant) {
        String licence = String.format("8%014d", System.nanoTime() / 100 % 1_000_000_000_000L * 100 + applicant);
        return fields("application", "application", "application:name", "并发申请人", "application:nameEn", "",
                "application:professionalTitle", "主治医师", "application:specialty", "儿科", "application:licenceNumber", licence,
                "application:employer", "成都高新医院", "application:email", "applicant" + applicant + "@example.org",
                "application:phone", "028-85123456", "application:address", "", "application:notes", "",
                "application:homepage", "", "application:consent_input", "on", "application:submit", "");
    }

    /** Exactly one answer took the save; every other one tells of the conflict. Returns the winner's place. */
    private static int oneWinner(List<HttpResponse<String>> answers, String conflictPanel) {
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i);
            assertEquals(200, answer.statusCode());
            List<String> errors = FormClient.errors(answer.body());
            if (answer.body().contains("id=\"" + conflictPanel + "\"")) {
                assertFalse(errors.isEmpty(), "the refusal is told");
            } else {
                assertEquals(List.of(), errors, "a save without conflict has no error");
                winners.add(i);
            }
        }
        assertEquals(1, winners.size(), "exactly one of " + answers.size() + " saves from the same version wins: " + winners);
        return winners.get(0);
    }

    private static List<FormClient> editors(String role) {
        List<FormClient> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String username = role.toLowerCase(Locale.ROOT) + "racer" + i;
            Fixtures.account(username, PASSWORD, role);
            editors.add(FormClient.signedIn(username, PASSWORD));
        }
        return editors;
    }

    /** Sends one request per editor, all released at the same moment; answers in the editors' order. */
    private static <T> List<T> atOnce(List<FormClient> editors, Function<FormClient, T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(editors.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (FormClient editor : editors) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(editor);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
