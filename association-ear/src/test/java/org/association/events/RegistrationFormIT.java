package org.association.events;

import static org.association.testing.FormClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.association.testing.FormClient;
import org.association.testing.StaffLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public registration form beyond name and contact: the event's own questions, answered as asked or told beside
 * the question, kept in a form that reads in either language and changed through the manage link; and the practising
 * certificate number that finds a member who gives no member number.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationFormIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void anUnansweredRequiredQuestionIsToldBesideItAndNothingIsStored() {
        Questions event = new Questions("ask");
        Map<String, String> form = event.form(unique("ask"), "", "1", "素食");
        HttpResponse<String> refused = event.reader.post(event.path(""), form);
        assertEquals(200, refused.statusCode());
        assertTrue(hasMessage(refused.body(), "registration", event.dinner), "the dinner question has the message");
        assertTrue(FormClient.errors(refused.body()).contains("请回答此问题。"), FormClient.errors(refused.body()).toString());
        assertEquals("", answers(event.id));
    }

    @Test
    void anOptionTheFormDoesNotOfferIsRefused() {
        Questions event = new Questions("forged");
        HttpResponse<String> refused = event.reader.post(event.path(""), event.form(unique("forged"), "yes", "7", ""));
        assertEquals(200, refused.statusCode());
        // JSF itself refuses a value its menu did not offer, naming the question
        assertTrue(FormClient.errors(refused.body()).stream().anyMatch(error -> error.startsWith("分会场")),
                FormClient.errors(refused.body()).toString());
        assertEquals("", answers(event.id));
    }

    @Test
    void theAnswersReadInTheReadersLanguageAndChangeThroughTheManageLink() {
        Questions event = new Questions("answers");
        event.reader.open(event.path("/en"));
        String address = unique("answers");
        HttpResponse<String> registered = event.reader.post(event.path("/en"), event.form(address, "yes", "1", "  Halal "));
        assertEquals(302, registered.statusCode(), String.valueOf(FormClient.errors(registered.body())));
        assertEquals(address + " {" + event.dinner + "=yes, " + event.session + "=1, " + event.diet + "=Halal}",
                answers(event.id));

        URI location = URI.create(registered.headers().firstValue("Location").orElseThrow());
        String manage = location.getRawPath() + "?" + location.getRawQuery();
        FormClient holder = new FormClient();
        String page = FormClient.unescape(holder.open(manage).body());
        assertTrue(page.contains("Will you join the dinner?") && page.contains("Yes") && page.contains("Interventions")
                && page.contains("Halal"), page);

        Map<String, String> change = fields("manage", "manage", "manage:question" + event.dinner + "_input", "no",
                "manage:question" + event.session + "_input", "0", "manage:question" + event.diet, "",
                "manage:saveAnswers", "");
        HttpResponse<String> changed = holder.post(manage, change);
        assertEquals(200, changed.statusCode());
        assertTrue(FormClient.unescape(changed.body()).contains("Your answers are saved."), changed.body());
        assertEquals(address + " {" + event.dinner + "=no, " + event.session + "=0}", answers(event.id),
                "an optional answer taken back is no answer");
        String chinese = FormClient.unescape(new FormClient().get(manage.replaceFirst("^/en", "")).body());
        assertTrue(chinese.contains("是否参加晚宴") && chinese.contains("否") && chinese.contains("心力衰竭"), chinese);

        change.put("manage:question" + event.dinner + "_input", "");
        HttpResponse<String> refused = holder.post(manage, change);
        assertTrue(hasMessage(refused.body(), "manage", event.dinner), "a required answer stays required");
        assertEquals(address + " {" + event.dinner + "=no, " + event.session + "=0}", answers(event.id));
    }

    @Test
    void aPhysicianWhoGivesNoMemberNumberIsFoundByTheirLicence() {
        String licence = String.format("5101%011d", SERIAL.incrementAndGet() * 7919L % 100_000_000_000L);
        long member = Fixtures.member("执业证书测试", licence).id();
        Questions event = new Questions("licence");
        Map<String, String> form = event.form(unique("licence"), "no", "", "");
        form.put("registration:licenceNumber", "12345");
        HttpResponse<String> refused = event.reader.post(event.path(""), form);
        assertEquals(200, refused.statusCode());
        assertTrue(Pattern.compile("id=\"registration:licenceNumber-message\"[^>]*ui-message-error").matcher(refused.body())
                .find(), "a malformed number is told beside its field");

        String address = unique("licence");
        form = event.form(address, "no", "", "");
        form.put("registration:licenceNumber", licence);
        assertEquals(302, event.reader.post(event.path(""), form).statusCode());
        String stranger = unique("stranger");
        form = event.form(stranger, "no", "", "");
        form.put("registration:licenceNumber", "510100000000000");
        assertEquals(302, event.reader.post(event.path(""), form).statusCode(), "a licence of no member is no refusal");
        assertEquals(address + " " + member + "\n" + stranger + " none",
                Fixtures.post("event-fixtures", "members", Map.of("event", event.id)).strip());
    }

    @Test
    void staffReadTheQuestionsOnTheEventsPageAndCannotTakeOffAnAnsweredOne() {
        Questions event = new Questions("staff");
        assertEquals(302, event.reader.post(event.path(""), event.form(unique("staff"), "yes", "", "")).statusCode());
        FormClient staff = FormClient.signedIn("admin", StaffLogin.adminPassword());
        String path = "/admin/events/questions.xhtml?id=" + event.id;
        HttpResponse<String> page = staff.open(path);
        assertEquals(200, page.statusCode());
        String text = FormClient.unescape(page.body());
        assertTrue(text.contains("是否参加晚宴 / Will you join the dinner?") && text.contains("心力衰竭"), text);
        String csv = staff.get("/admin/events/registrations/export?id=" + event.id + "&format=csv").body();
        assertTrue(csv.contains("是否参加晚宴") && csv.contains(",是,"), "the export has a column per question: " + csv);
        HttpResponse<String> refused = staff.ajax(path, "questions", "questions:list:0:remove", Map.of());
        assertTrue(FormClient.unescape(refused.body()).contains("此问题已有 1 人回答"), refused.body());
    }

    /** A new event with one type and three questions: dinner (yes or no, required), session (a choice), diet (text). */
    private static final class Questions {
        final String slug;
        final String id;
        final String type;
        final String dinner;
        final String session;
        final String diet;
        final FormClient reader = new FormClient();

        Questions(String name) {
            slug = name + "-" + SERIAL.incrementAndGet();
            String[] ids = Fixtures.post("event-fixtures", "event", Map.of("slug", slug, "capacity", "10")).strip().split(" ");
            id = ids[0];
            type = ids[1];
            dinner = question(Map.of("kind", "YES_NO", "textZh", "是否参加晚宴", "textEn", "Will you join the dinner?",
                    "required", "true"));
            session = question(Map.of("kind", "CHOICE", "textZh", "分会场", "textEn", "Session", "choicesZh", "心力衰竭\n介入治疗",
                    "choicesEn", "Heart failure\nInterventions"));
            diet = question(Map.of("kind", "TEXT", "textZh", "饮食要求", "textEn", "Dietary needs"));
            reader.open(path(""));
        }

        String path(String prefix) {
            return prefix + "/events/" + slug;
        }

        private String question(Map<String, String> values) {
            Map<String, String> parameters = new HashMap<>(values);
            parameters.put("event", id);
            return Fixtures.post("event-fixtures", "question", parameters).strip();
        }

        Map<String, String> form(String address, String dinnerAnswer, String sessionAnswer, String dietAnswer) {
            Map<String, String> form = EventRegistrationIT.form(type, "李医生", address);
            form.remove("registration:submit");
            form.put("registration:question" + dinner + "_input", dinnerAnswer);
            form.put("registration:question" + session + "_input", sessionAnswer);
            form.put("registration:question" + diet, dietAnswer);
            form.put("registration:submit", "");
            return form;
        }
    }

    private static String answers(String eventId) {
        return Fixtures.post("event-fixtures", "answers", Map.of("event", eventId)).strip();
    }

    private static boolean hasMessage(String html, String form, String question) {
        return Pattern.compile("id=\"" + form + ":question" + question + "-message\"[^>]*ui-message-error").matcher(html).find();
    }

    private static String unique(String name) {
        return name + "-" + SERIAL.incrementAndGet() + "@example.org";
    }
}
