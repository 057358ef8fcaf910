package org.association.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.EntityStore;
import org.association.content.control.HtmlSanitizer;
import org.association.content.entity.Language;
import org.association.mail.control.MailText;
import org.association.mail.control.NoticeMail;
import org.association.mail.control.Segment;
import org.association.mail.entity.MailMessage;
import org.association.mail.entity.Notice;
import org.association.mail.entity.NoticeStatus;

/**
 * Notices to segments of the members, for the MEMBERSHIP staff: written, saved, tried on oneself, sent now or at a
 * time. Bodies are sanitized as articles are and subjects made one clean line before they are stored. Sending only
 * marks the notice due; the sender's turn expands it into the outbox (NoticeExpansion).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class NoticeService {

    /** How many names staff see of a segment before they send. */
    public static final int SAMPLE = 10;
    /** Members read at a time to count a segment. */
    private static final int COUNTED = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private CurrentActor actor;

    @Inject
    private AccountService accounts;

    @Inject
    private MailServer server;

    @Inject
    private SegmentMembers members;

    /** The notices, newest first. */
    public List<Notice> all() {
        return em.createQuery("select n from Notice n order by n.createdAt desc, n.id desc", Notice.class).getResultList();
    }

    public Notice find(long id) {
        return store.find(Notice.class, id);
    }

    /** Saves a new notice, or staff's edited copy of one that has not gone yet. */
    public Notice save(Notice notice, String reason) {
        if (!notice.isEditable()) {
            throw new BusinessException("error.notice.gone");
        }
        clean(notice);
        return notice.isNew() ? store.create(notice, reason) : store.update(notice, reason);
    }

    /** Sends the saved notice as soon as the sender's next turn comes. */
    public Notice send(long id, int version) {
        return schedule(id, version, clock.now());
    }

    /** Sends the saved notice at {@code at}; a time that has passed is now. */
    public Notice schedule(long id, int version, LocalDateTime at) {
        Notice notice = store.findCurrent(Notice.class, id, version);
        if (!notice.isEditable()) {
            throw new BusinessException("error.notice.gone");
        }
        LocalDateTime now = clock.now();
        LocalDateTime when = at == null || at.isBefore(now) ? now : at;
        return store.change(notice, "scheduled", null, scheduled -> scheduled.schedule(when));
    }

    /** Calls off a notice that has not gone yet; one being expanded stops at the end of its chunk. */
    public Notice cancel(long id, int version) {
        Notice notice = store.findCurrent(Notice.class, id, version);
        if (!notice.isEditable() && notice.getStatus() != NoticeStatus.SENDING) {
            throw new BusinessException("error.notice.gone");
        }
        return store.change(notice, "cancelled", null, Notice::cancel);
    }

    /** How many members the segment holds now (those with an address who take notices), read a batch at a time. */
    public long count(Segment segment) {
        long count = 0;
        SegmentMembers.Batch batch = new SegmentMembers.Batch(List.of(), 0, false);
        while (!batch.end()) {
            batch = members.after(segment, batch.lastId(), COUNTED);
            count += batch.recipients().size();
        }
        return count;
    }

    /** The first names of the segment, for staff to check it before they send. */
    public List<String> sample(Segment segment) {
        List<String> names = new ArrayList<>();
        SegmentMembers.Batch batch = new SegmentMembers.Batch(List.of(), 0, false);
        while (names.size() < SAMPLE && !batch.end()) {
            batch = members.after(segment, batch.lastId(), COUNTED);
            batch.recipients().stream().limit(SAMPLE - names.size()).forEach(member -> names.add(member.name()));
        }
        return names;
    }

    /** The notice as on screen, to the signed-in member of staff at their account's address, in the language asked for. */
    public MailMessage sendTestToSelf(Notice notice, Language language) {
        Account self = accounts.byUsername(actor.name()).orElseThrow();
        if (self.getEmail() == null) {
            throw new BusinessException("error.mail.noOwnAddress");
        }
        clean(notice);
        Language written = notice.languageFor(language);
        if (notice.subject(written) == null || notice.subject(written).isBlank()) {
            throw new BusinessException("error.notice.empty");
        }
        String unsubscribe = server.siteUrl() + UnsubscribeLinks.PATH;
        return outbox.queueNotice(NoticeMail.of(notice.subject(written), notice.body(written), written, unsubscribe), written,
                self.getEmail(), self.getDisplayName(), null, null, null)
                .orElseThrow(() -> new BusinessException("error.mail.address"));
    }

    private static void clean(Notice notice) {
        notice.setSubjectZh(MailText.headerLine(notice.getSubjectZh(), MailMessage.SUBJECT_MAX));
        notice.setSubjectEn(MailText.headerLine(notice.getSubjectEn(), MailMessage.SUBJECT_MAX));
        notice.setBodyZh(sanitized(notice.getBodyZh()));
        notice.setBodyEn(sanitized(notice.getBodyEn()));
    }

    /** The body as articles keep theirs; none when it holds no text (an editor left empty sends an empty paragraph). */
    private static String sanitized(String html) {
        String safe = HtmlSanitizer.sanitize(html);
        return safe == null || HtmlSanitizer.toPlainText(safe).isBlank() ? null : safe;
    }
}
