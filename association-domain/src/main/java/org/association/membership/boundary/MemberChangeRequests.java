package org.association.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.InvalidEntityException;
import org.association.common.PortalCaller;
import org.association.membership.entity.ChangeRequestStatus;
import org.association.membership.entity.FieldChange;
import org.association.membership.entity.IdentityField;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberChangeRequest;

/**
 * Members' requests to change their identity data, and the staff's decisions on them. A request is checked against
 * the Member's own rules field by field when it is made; an approval writes the values to the member (audited as
 * "change request N") only while the member's fields still hold what they held when the member asked. Every decision
 * is mailed to the member (ChangeRequestDecided).
 *
 * <p>A signed-in member makes, withdraws and reads their own requests ({@link #request}, {@link #withdraw},
 * {@link #pendingOf}): any other member's are as if they did not exist.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class MemberChangeRequests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Validator validator;

    @Inject
    private AssociationClock clock;

    @Inject
    private CurrentActor actor;

    @Inject
    private Event<ChangeRequestDecided> decisions;

    /**
     * Asks to change the member's identity fields to the values given (blank clears a field); a field given with its
     * current value is left out. Refused when no field changes, a field does not apply to the member's kind, a value
     * breaks the Member's rules (each beside its field), or the member has a pending request already.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
    public MemberChangeRequest request(long memberId, Map<IdentityField, String> values) {
        actor.requireOwnRecords(memberId);
        Member member = store.find(Member.class, memberId);
        List<FieldChange> changes = new ArrayList<>();
        Set<ConstraintViolation<Member>> violations = new HashSet<>();
        for (Map.Entry<IdentityField, String> value : values.entrySet()) {
            IdentityField field = value.getKey();
            if (!field.appliesTo(member.getKind())) {
                throw new BusinessException("error.changeRequest.field", field.property());
            }
            String wanted = value.getValue() == null || value.getValue().isBlank() ? null : value.getValue().strip();
            violations.addAll(validator.validateValue(Member.class, field.property(), wanted));
            if (!Objects.equals(wanted, field.valueOf(member))) {
                changes.add(new FieldChange(field, field.valueOf(member), wanted));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidEntityException(Member.class.getSimpleName(), violations);
        }
        if (changes.isEmpty()) {
            throw new BusinessException("error.changeRequest.nothing");
        }
        if (pendingOf(memberId).isPresent()) {
            throw new BusinessException("error.changeRequest.pending");
        }
        // two requests sent at once: the unique key on PENDING_FOR refuses the second
        return store.create(new MemberChangeRequest(member, changes), "change request");
    }

    /** The member's pending request, if any. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
    public Optional<MemberChangeRequest> pendingOf(long memberId) {
        actor.requireOwnRecords(memberId);
        return em.createQuery("select r from MemberChangeRequest r where r.pendingFor = :member", MemberChangeRequest.class)
                .setParameter("member", memberId).getResultStream().findFirst();
    }

    /** The member withdraws the pending request. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
    public MemberChangeRequest withdraw(long id, int version) {
        MemberChangeRequest request = store.findCurrent(MemberChangeRequest.class, id, version);
        actor.requireOwnRecords(request.getMember().getId());
        return store.change(request, "withdrawn", null,
                changed -> changed.decide(ChangeRequestStatus.WITHDRAWN, null, actor.name(), clock.now()));
    }

    /** Pending requests, oldest first, with their members: the staff's list. */
    public List<MemberChangeRequest> pending() {
        return em.createQuery("select r from MemberChangeRequest r join fetch r.member where r.status = :pending"
                + " order by r.createdAt, r.id", MemberChangeRequest.class)
                .setParameter("pending", ChangeRequestStatus.PENDING).getResultList();
    }

    public long countPending() {
        return em.createQuery("select count(r) from MemberChangeRequest r where r.status = :pending", Long.class)
                .setParameter("pending", ChangeRequestStatus.PENDING).getSingleResult();
    }

    /** The request with its member; empty for an id that names none. */
    public Optional<MemberChangeRequest> find(long id) {
        return em.createQuery("select r from MemberChangeRequest r join fetch r.member where r.id = :id",
                MemberChangeRequest.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** A member's requests, newest first. */
    public List<MemberChangeRequest> of(long memberId) {
        return em.createQuery("select r from MemberChangeRequest r where r.member.id = :member order by r.createdAt desc,"
                + " r.id desc", MemberChangeRequest.class).setParameter("member", memberId).getResultList();
    }

    /**
     * Writes the requested values to the member and closes the request. Refused when someone decided it since the
     * caller loaded it (version), when a field no longer holds the value it held when the member asked, or when a
     * licence number or credit code asked for is another member's.
     */
    public MemberChangeRequest approve(long id, int version) {
        MemberChangeRequest request = store.findCurrent(MemberChangeRequest.class, id, version);
        if (request.getStatus() != ChangeRequestStatus.PENDING) {
            throw new BusinessException("error.changeRequest.decided", request.getStatus());
        }
        Member member = request.getMember();
        for (FieldChange change : request.getChanges()) {
            if (!change.isCurrent(member)) {
                throw new BusinessException("error.changeRequest.stale", change.getField().property());
            }
            refuseTaken(member, change);
        }
        store.change(member, "identity changed", "change request " + id,
                changed -> request.getChanges().forEach(change -> change.getField().set(changed, change.getAfter())));
        return decided(request, ChangeRequestStatus.APPROVED, null);
    }

    /** Closes the request without changing the member; the reason is required and goes to the member. */
    public MemberChangeRequest reject(long id, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.member.reasonRequired");
        }
        return decided(store.findCurrent(MemberChangeRequest.class, id, version), ChangeRequestStatus.REJECTED, reason.strip());
    }

    private MemberChangeRequest decided(MemberChangeRequest request, ChangeRequestStatus decision, String reason) {
        String action = decision.name().toLowerCase(Locale.ROOT);
        MemberChangeRequest decided = store.change(request, action, reason,
                changed -> changed.decide(decision, reason, actor.name(), clock.now()));
        decisions.fire(new ChangeRequestDecided(decided));
        return decided;
    }

    /** A unique field (licence number, credit code) asked for that another member holds is refused by name. */
    private void refuseTaken(Member member, FieldChange change) {
        IdentityField field = change.getField();
        if (change.getAfter() == null || (field != IdentityField.LICENCE_NUMBER && field != IdentityField.CREDIT_CODE)) {
            return;
        }
        boolean taken = !em.createQuery("select m.id from Member m where m." + field.property() + " = :value and m <> :member",
                Long.class).setParameter("value", change.getAfter()).setParameter("member", member).setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new DuplicateEntityException(field.property(), change.getAfter());
        }
    }
}
