package org.association.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.Http;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An event's announcement and report: linked from its page while published, chosen by staff on the event's editor. */
@ExtendWith(ArquillianExtension.class)
class EventArticlesIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void theEventsPageLinksItsPublishedAnnouncementAndNotADraftReport() {
        String name = "linked-" + SERIAL.incrementAndGet();
        // A channel of its own: a published article in the activities would push the seed off the home page.
        Fixtures.channelWithArticles(name, 0);
        long announcement = Fixtures.article(name, name + "-announcement", "PUBLISHED");
        long report = Fixtures.article(name, name + "-report", "DRAFT");
        String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", name, "announcement", String.valueOf(announcement),
                "report", String.valueOf(report))).strip().split(" ");

        HttpResponse<String> page = Http.get("/events/" + name);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<a id=\"announcement\" href=\"/en/" + name + "/2024/02/02/" + name
                + "-announcement\">Fixture "
                + name + "-announcement</a>"), page.body());
        assertFalse(page.body().contains(name + "-report"), "a draft is on no public page");

        FormClient staff = FormClient.signedIn("admin", StaffLogin.adminPassword());
        String editor = FormClient.unescape(staff.get("/admin/events/edit.xhtml?id=" + ids[0]).body());
        assertTrue(editor.contains("Fixture " + name + "-announcement · 2024-02-02"), "the editor names the linked article");
        assertTrue(editor.contains("Fixture " + name + "-report · 2024-02-02"));
    }
}
