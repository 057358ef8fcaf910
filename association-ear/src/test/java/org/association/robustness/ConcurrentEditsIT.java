package org.association.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.audit.boundary.AuditService;
import org.association.common.EntityAlreadyModifiedException;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many editors saving the same member and the same article at once through the services: every save
 * either succeeds or is refused as stale, no update is lost, and the stored record, its version and its
 * audit trail add up to exactly the saves that succeeded. (Through the forms: {@link ConcurrentFormsIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditsIT {

    static final int EDITORS = 8;
    static final int SAVES_EACH = 5;
    static final Pattern TOKEN = Pattern.compile("e[0-9]+s[0-9]+;");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ConcurrentEditsIT.class, Race.class, Race.Result.class);
    }

    @Inject
    private Staff staff;

    @Inject
    private MemberService members;

    @Inject
    private ArticleService articles;

    @Inject
    private ChannelService channels;

    @Inject
    private AuditService audit;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void editorsAppendingToOneMemberLoseNothing() throws Exception {
        Member member = Member.individual("并发测试会员");
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2024, 1, 1));
        long id = staff.admin(() -> members.create(member, "concurrency test")).getId();

        Race.Result result = new Race(executor).run(token -> staff.admin(() -> {
            Member copy = members.find(id);
            copy.setNotes((copy.getNotes() == null ? "" : copy.getNotes()) + token);
            return members.update(copy, "append " + token);
        }));

        Member stored = staff.admin(() -> members.find(id));
        result.assertAddsUp(stored.getNotes(), stored.getVersion() - member.getVersion());
        assertEquals(1 + result.saved().size(), staff.admin(() -> audit.of("Member", id)).size(),
                "one audit entry per saved edit");
    }

    @Test
    void editorsAppendingToOneArticleLoseNothing() throws Exception {
        Article article = new Article(staff.admin(() -> channels.bySlug("notices").orElseThrow()), Language.EN, "concurrency-"
                + System.nanoTime(),
                "Concurrency test", "管理员", LocalDateTime.of(2024, 3, 1, 9, 0));
        Article created = staff.admin(() -> articles.save(article, ArticleStatus.DRAFT, "concurrency test"));

        Race.Result result = new Race(executor).run(token -> staff.admin(() -> {
            Article copy = articles.find(created.getId());
            copy.setSummary((copy.getSummary() == null ? "" : copy.getSummary()) + token);
            return articles.save(copy, ArticleStatus.DRAFT, "append " + token);
        }));

        Article stored = staff.admin(() -> articles.find(created.getId()));
        result.assertAddsUp(stored.getSummary(), stored.getVersion() - created.getVersion());
        assertEquals(1 + result.saved().size(), staff.admin(() -> audit.of("Article", created.getId())).size());
    }

    /**
     * {@value #EDITORS} editors, each trying {@value #SAVES_EACH} times to load the record, append its own
     * token to a text and save it, all started at once. Each save succeeds or is refused as stale;
     * anything else fails the test.
     */
    static final class Race {

        /** The tokens of the saves that succeeded and of those refused as stale. */
        record Result(List<String> saved, List<String> refused) {

            /** Every attempt is accounted for, and the stored text and version hold exactly the successes. */
            void assertAddsUp(String storedText, int versionsAdded) {
                assertEquals(EDITORS * SAVES_EACH, saved.size() + refused.size(), "every attempt either saved or refused");
                assertFalse(saved.isEmpty(), "some saves succeed");
                List<String> stored = new ArrayList<>();
                Matcher token = TOKEN.matcher(storedText == null ? "" : storedText);
                while (token.find()) {
                    stored.add(token.group());
                }
                assertEquals(saved.stream().sorted().toList(), stored.stream().sorted().toList(),
                        "no saved edit lost, no refused one kept");
                assertEquals(String.join("", stored), storedText, "nothing else in the text");
                assertEquals(saved.size(), versionsAdded, "one version per saved edit");
            }
        }

        private final ManagedExecutorService executor;

        Race(ManagedExecutorService executor) {
            this.executor = executor;
        }

        Result run(Consumer<String> save) throws Exception {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String[]>> editors = new ArrayList<>();
            for (int e = 0; e < EDITORS; e++) {
                int editor = e;
                Callable<String[]> attempts = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    String[] outcomes = new String[SAVES_EACH];
                    for (int s = 0; s < SAVES_EACH; s++) {
                        String token = "e" + editor + "s" + s + ";";
                        try {
                            save.accept(token);
                            outcomes[s] = "saved " + token;
                        } catch (EntityAlreadyModifiedException refused) {
                            outcomes[s] = "refused " + token;
                        }
                    }
                    return outcomes;
                };
                editors.add(executor.submit(attempts));
            }
            start.countDown();
            List<String> saved = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Future<String[]> editor : editors) {
                for (String outcome : editor.get(120, TimeUnit.SECONDS)) {
                    (outcome.startsWith("saved ") ? saved : refused).add(outcome.substring(outcome.indexOf(' ') + 1));
                }
            }
            return new Result(saved, refused);
        }
    }
}
