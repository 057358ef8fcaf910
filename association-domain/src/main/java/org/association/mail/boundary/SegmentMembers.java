package org.association.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.content.entity.Language;
import org.association.mail.control.Segment;

/**
 * Reads the members of a segment a batch at a time, in the order of their ids, so that no caller holds all of them:
 * the members the segment's condition selects, then of those the ones who take notices (their mail settings, read for
 * the batch at once).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class SegmentMembers {

    /** A member who gets the notice, in the language of their mail settings (Chinese when they have none). */
    public record Recipient(long id, String name, String address, Language language) {
    }

    /** The recipients among the members after {@code after} up to {@code lastId}; the end when no member came after. */
    public record Batch(List<Recipient> recipients, long lastId, boolean end) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AssociationClock clock;

    /** The recipients among the next {@code max} members of the segment after the member id {@code after}. */
    public Batch after(Segment segment, long after, int max) {
        Segment.Condition condition = segment.condition(clock.today());
        TypedQuery<Object[]> query = em.createQuery("select m.id, m.name, m.email from Member m where " + condition.jpql()
                + " and m.id > :after order by m.id", Object[].class);
        condition.parameters().forEach(query::setParameter);
        List<Object[]> members = query.setParameter("after", after).setMaxResults(max).getResultList();
        if (members.isEmpty()) {
            return new Batch(List.of(), after, true);
        }
        // values, not records: a caller that reads many batches in one transaction keeps none of them
        Map<Long, Object[]> settings = em.createQuery("select r.memberId, r.notices, r.failingAddress, r.language"
                        + " from MailRecipient r where r.memberId in :ids", Object[].class)
                .setParameter("ids", members.stream().map(row -> (Long) row[0]).toList())
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        List<Recipient> recipients = new ArrayList<>();
        for (Object[] member : members) {
            Object[] mail = settings.get((Long) member[0]);
            String address = (String) member[2];
            if (mail == null ? Segment.takesNotices(address, null, null)
                    : Segment.takesNotices(address, (Boolean) mail[1], (String) mail[2])) {
                recipients.add(new Recipient((Long) member[0], (String) member[1], address,
                        mail == null ? Language.ZH : (Language) mail[3]));
            }
        }
        return new Batch(recipients, (Long) members.get(members.size() - 1)[0], members.size() < max);
    }
}
