package org.association.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.association.events.boundary.CmeCredits;
import org.association.events.entity.CmeCategory;
import org.association.events.entity.Registration;

/** A member's registrations and CME credits, read for staff (EventService) and for the member (the portal) alike. */
@Dependent
public class MemberEventHistory {

    @PersistenceContext
    private EntityManager em;

    /** The member's CME credits per year and category, of the events they attended with a certificate; latest first. */
    public List<CmeCredits> creditsPerYear(long memberId) {
        Map<Integer, Map<CmeCategory, BigDecimal>> sums = new TreeMap<>(Comparator.reverseOrder());
        em.createQuery("select r.event.startsAt, r.cmeCategory, r.cmePoints from Registration r where r.member.id = :member"
                        + " and r.attended = true and r.certificateCode is not null and r.cmePoints is not null",
                        Object[].class)
                .setParameter("member", memberId).getResultList()
                .forEach(row -> sums.computeIfAbsent(((LocalDateTime) row[0]).getYear(), year -> new EnumMap<>(CmeCategory.class))
                        .merge((CmeCategory) row[1], (BigDecimal) row[2], BigDecimal::add));
        List<CmeCredits> credits = new ArrayList<>();
        sums.forEach((year, perCategory) -> perCategory.forEach((category, points) ->
                credits.add(new CmeCredits(year, category, points))));
        return credits;
    }

    /** The registrations the member was found to be, with their events and types; the latest event first. */
    public List<Registration> registrationsOf(long memberId) {
        return em.createQuery("select r from Registration r join fetch r.event join fetch r.type where r.member.id = :member"
                        + " order by r.event.startsAt desc", Registration.class)
                .setParameter("member", memberId).getResultList();
    }
}
