package org.association.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Hashes;
import org.association.common.Page;
import org.association.membership.entity.ApplicationAttempt;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.association.startup.SchemaMigration;

/** The member register: applications, staff edits and status changes, each one audited. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class MemberService {

    static final String NUMBER_SEQUENCE = "MEMBER_NUMBER_SEQ";
    static final int APPLICATIONS_PER_HOUR = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AssociationClock clock;

    @Inject
    private SchemaMigration schema;

    /**
     * Registers a member entered by staff. Anyone past the applicant stage gets a member number from
     * the sequence unless staff gave one (an existing member's number taken over from paper).
     */
    public Member create(Member member, String reason) {
        refuseDuplicates(member);
        if (member.getStatus() != MemberStatus.APPLICANT && member.getMemberNumber() == null) {
            member.assignMemberNumber(nextMemberNumber());
        }
        return store.create(member, reason);
    }

    /**
     * An application from the public form: always an applicant, never with a number. Refused when
     * the same address sent {@value #APPLICATIONS_PER_HOUR} applications within the last hour.
     */
    @PermitAll
    public Member apply(Member applicant, String clientAddress) {
        if (applicant.getMemberNumber() != null || !applicant.isNew()) {
            throw new IllegalArgumentException("an application is a new record without a member number");
        }
        String addressHash = Hashes.sha256(String.valueOf(clientAddress));
        LocalDateTime now = clock.now();
        long recent = em.createQuery("select count(a) from ApplicationAttempt a where a.addressHash = :hash and a.attemptedAt > :since",
                        Long.class)
                .setParameter("hash", addressHash)
                .setParameter("since", now.minusHours(1))
                .getSingleResult();
        if (recent >= APPLICATIONS_PER_HOUR) {
            throw new BusinessException("error.application.tooMany");
        }
        em.createQuery("delete from ApplicationAttempt a where a.attemptedAt < :expired").setParameter("expired", now.minusDays(1))
                .executeUpdate();
        em.persist(new ApplicationAttempt(addressHash, now));
        applicant.setStatus(MemberStatus.APPLICANT);
        refuseDuplicates(applicant);
        return store.create(applicant, "application form");
    }

    /** Member institutions that agreed to be listed, by name: the public directory. */
    @PermitAll
    public Page<DirectoryEntry> directory(int page, int size) {
        String where = " from Member m where m.kind = :kind and m.status = :active and m.listedInDirectory = true";
        List<DirectoryEntry> items = em.createQuery("select new org.association.membership.boundary.DirectoryEntry(m.id, m.name,"
                        + " m.nameEn, m.institutionType, m.address, m.website)" + where + " order by m.name, m.id", DirectoryEntry.class)
                .setParameter("kind", MemberKind.INSTITUTION)
                .setParameter("active", MemberStatus.ACTIVE)
                .setFirstResult(Page.firstResult(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(m)" + where, Long.class)
                .setParameter("kind", MemberKind.INSTITUTION)
                .setParameter("active", MemberStatus.ACTIVE)
                .getSingleResult();
        return new Page<>(items, total, page, size);
    }

    public Member update(Member member, String reason) {
        refuseDuplicates(member);
        return store.update(member, reason);
    }

    public Member find(long id) {
        return store.find(Member.class, id);
    }

    public Optional<Member> byNumber(String number) {
        return em.createNamedQuery(Member.BY_NUMBER, Member.class).setParameter("number", number).getResultStream().findFirst();
    }

    public long count() {
        return em.createNamedQuery(Member.COUNT, Long.class).getSingleResult();
    }

    /** Accepts an application: the applicant becomes active and is given the next member number. */
    public Member approve(long id, int version, String reason) {
        Member member = store.findCurrent(Member.class, id, version);
        requireStatus(member, MemberStatus.APPLICANT);
        Map<String, String[]> changes = new LinkedHashMap<>();
        changes.put("status", new String[] {member.getStatus().name(), MemberStatus.ACTIVE.name()});
        member.setStatus(MemberStatus.ACTIVE);
        member.assignMemberNumber(nextMemberNumber());
        changes.put("memberNumber", new String[] {null, member.getMemberNumber()});
        if (member.getJoinedOn() == null) {
            member.setJoinedOn(clock.today());
            changes.put("joinedOn", new String[] {null, member.getJoinedOn().toString()});
        }
        store.changed(member, "approved", changes, reason);
        return member;
    }

    /** The next member number: M and six digits from a database sequence, so none is ever given twice. */
    String nextMemberNumber() {
        Number next = (Number) em.createNativeQuery(schema.database().nextValueSql(NUMBER_SEQUENCE)).getSingleResult();
        return String.format("M%06d", next.longValue());
    }

    private static void requireStatus(Member member, MemberStatus expected) {
        if (member.getStatus() != expected) {
            throw new BusinessException("error.member.status", member.getName(), member.getStatus());
        }
    }

    /** Friendly refusals for the unique fields; the database's constraints still catch a race. */
    private void refuseDuplicates(Member member) {
        refuseTaken("memberNumber", member.getMemberNumber(), member);
        refuseTaken("licenceNumber", member.getLicenceNumber(), member);
        refuseTaken("creditCode", member.getCreditCode(), member);
    }

    private void refuseTaken(String field, String value, Member member) {
        if (value == null) {
            return;
        }
        em.createQuery("select m.id from Member m where m." + field + " = :value", Long.class)
                .setParameter("value", value)
                .getResultStream()
                .filter(id -> !id.equals(member.getId()))
                .findFirst()
                .ifPresent(id -> {
                    throw new DuplicateEntityException(field, value);
                });
    }
}
