package org.association.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.association.common.EntityStore;
import org.association.content.entity.Language;
import org.association.membership.entity.Member;

/**
 * A member's one click on the unsubscribe link of a notice, without signing in. Answers nothing, whatever the token:
 * a forged one, one of a member who is gone and a real one look the same to the caller, so the link tells no one
 * which members exist. Recorded in the audit log as the member's own choice.
 */
@Stateless
@PermitAll
public class Unsubscribe {

    public static final String REASON = "by the member, through the unsubscribe link";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Outbox outbox;

    @Inject
    private UnsubscribeLinks links;

    public void unsubscribe(String token) {
        Optional<Long> member = links.memberOf(token).filter(id -> em.find(Member.class, id) != null);
        member.ifPresent(id -> store.change(outbox.recipient(id, Language.ZH), "unsubscribed", REASON,
                recipient -> recipient.setNotices(false)));
    }
}
