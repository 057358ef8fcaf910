package org.association.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.EntityStore;
import org.association.common.InvalidEntityException;
import org.association.common.NoSuchEntityException;
import org.association.common.PortalCaller;
import org.association.content.entity.Language;
import org.association.mail.boundary.Mail;
import org.association.mail.boundary.MailServer;
import org.association.mail.boundary.Outbox;
import org.association.mail.entity.MailCause;
import org.association.membership.entity.MemberKind;
import org.association.portal.entity.ContactRequest;
import org.association.portal.entity.ContactRequestKind;
import org.association.portal.entity.ContactRequestStatus;
import org.association.portal.entity.MemberContact;

/**
 * An institution's contacts ask to add a contact or to remove one, and MEMBERSHIP staff decide: an approval adds or
 * removes the contact (audited as "contact request N"), a rejection needs a reason; either is mailed to the requester.
 * Only a contact signed in for an institution asks (not an individual member), and only about their own institution's
 * contacts: another institution's are as if they did not exist.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class ContactRequests {

    /** The refusal of an address that is a contact's already, or asked for already. */
    public static final String EMAIL_TAKEN = "error.contactRequest.emailTaken";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private Validator validator;

    @Inject
    private CurrentActor actor;

    @Inject
    private AssociationClock clock;

    @Inject
    private MemberContacts contacts;

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    /**
     * The signed-in contact asks for a new contact of their institution. Refused with the rules' messages beside the
     * fields, for an address that is a contact's already, or asked for in a pending request.
     */
    @RolesAllowed(PortalCaller.ROLE)
    public ContactRequest askToAdd(String name, String email, String phone, String title) {
        MemberContact requester = requester();
        ContactRequest request = ContactRequest.toAdd(requester, name, email, phone, title);
        Set<ConstraintViolation<ContactRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidEntityException(ContactRequest.class.getSimpleName(), violations);
        }
        if (!em.createNamedQuery(MemberContact.BY_EMAIL, MemberContact.class).setParameter("email", request.getEmail())
                .getResultList().isEmpty() || pendingFor(request.getEmail())) {
            throw new BusinessException(EMAIL_TAKEN, request.getEmail());
        }
        return store.create(request, "contact asked for");
    }

    /** The signed-in contact asks that a contact of their institution (themselves too) no longer act for it. */
    @RolesAllowed(PortalCaller.ROLE)
    public ContactRequest askToRemove(long contactId) {
        MemberContact requester = requester();
        MemberContact contact = em.find(MemberContact.class, contactId);
        if (contact == null || !contact.getMember().getId().equals(requester.getMember().getId())) {
            throw new NoSuchEntityException(MemberContact.class.getSimpleName(), contactId);
        }
        if (pendingFor(contact.getEmail())) {
            throw new BusinessException("error.contactRequest.pending");
        }
        return store.create(ContactRequest.toRemove(requester, contact), "contact removal asked for");
    }

    /** The signed-in contact's institution's requests, newest first. */
    @RolesAllowed(PortalCaller.ROLE)
    public List<ContactRequest> mine() {
        return of(requester().getMember().getId());
    }

    /** An institution's requests, newest first. */
    public List<ContactRequest> of(long memberId) {
        return em.createQuery("select r from ContactRequest r where r.member.id = :member order by r.createdAt desc, r.id desc",
                ContactRequest.class).setParameter("member", memberId).getResultList();
    }

    public ContactRequest find(long id) {
        return store.find(ContactRequest.class, id);
    }

    /** Pending requests, oldest first, with their institutions: the staff's list. */
    public List<ContactRequest> pending() {
        return em.createQuery("select r from ContactRequest r join fetch r.member where r.status = :pending"
                + " order by r.createdAt, r.id", ContactRequest.class)
                .setParameter("pending", ContactRequestStatus.PENDING).getResultList();
    }

    /**
     * Adds or removes the contact and closes the request. Refused when someone decided it since the caller loaded
     * it (version), when the address asked for has become a contact's meanwhile, or the contact to remove is gone.
     */
    public ContactRequest approve(long id, int version) {
        ContactRequest request = pendingRequest(id, version);
        String reason = "contact request " + id;
        if (request.getKind() == ContactRequestKind.ADD) {
            contacts.add(request.getMember().getId(), request.getName(), request.getEmail(), request.getPhone(),
                    request.getTitle(), reason);
        } else {
            MemberContact contact = em.find(MemberContact.class, request.getContactId());
            if (contact == null) {
                throw new BusinessException("error.contactRequest.gone");
            }
            contacts.remove(contact.getId(), reason);
        }
        return decided(request, ContactRequestStatus.APPROVED, null);
    }

    /** Closes the request without changing the contacts; the reason is required and goes to the requester. */
    public ContactRequest reject(long id, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.member.reasonRequired");
        }
        return decided(pendingRequest(id, version), ContactRequestStatus.REJECTED, reason.strip());
    }

    private ContactRequest pendingRequest(long id, int version) {
        ContactRequest request = store.findCurrent(ContactRequest.class, id, version);
        if (request.getStatus() != ContactRequestStatus.PENDING) {
            throw new BusinessException("error.changeRequest.decided", request.getStatus());
        }
        return request;
    }

    private ContactRequest decided(ContactRequest request, ContactRequestStatus decision, String reason) {
        ContactRequest decided = store.change(request, decision.name().toLowerCase(Locale.ROOT), reason,
                changed -> changed.decide(decision, reason, actor.name(), clock.now()));
        mail(decided);
        return decided;
    }

    /** The decision, to the contact who asked, in the institution's language of mail. */
    private void mail(ContactRequest request) {
        Language language = outbox.languageOf(request.getMember().getId());
        Map<String, String> values = new HashMap<>();
        values.put("name", request.getRequesterName());
        values.put("reason", request.getRejectReason());
        values.put("link", server.siteUrl() + "/member/");
        values.put("list", line(request, language));
        outbox.queue(new Mail(request.getStatus() == ContactRequestStatus.APPROVED ? MailCause.CONTACT_REQUEST_APPROVED
                : MailCause.CONTACT_REQUEST_REJECTED, language, request.getRequesterEmail(), request.getRequesterName(),
                request.getMember().getId(), values, null));
    }

    /** "Add contact: 王五 (wang@example.org)", in the mail's language. */
    static String line(ContactRequest request, Language language) {
        boolean english = language == Language.EN;
        String what = request.getKind() == ContactRequestKind.ADD ? (english ? "Add contact" : "新增联系人")
                : (english ? "Remove contact" : "移除联系人");
        return what + (english ? ": " : "：") + request.getName() + " (" + request.getEmail() + ")";
    }

    private boolean pendingFor(String email) {
        return !em.createQuery("select r.id from ContactRequest r where r.email = :email and r.status = :pending", Long.class)
                .setParameter("email", email).setParameter("pending", ContactRequestStatus.PENDING).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The contact signed in for an institution; an individual member has none and cannot ask. */
    private MemberContact requester() {
        PortalCaller caller = PortalCaller.of(actor.name()).filter(portal -> portal.contactId() != null)
                .orElseThrow(() -> new BusinessException("error.contactRequest.notAContact"));
        MemberContact requester = em.find(MemberContact.class, caller.contactId());
        if (requester == null || requester.getMember().getId() != caller.memberId()
                || requester.getMember().getKind() != MemberKind.INSTITUTION) {
            throw new BusinessException("error.contactRequest.notAContact");
        }
        return requester;
    }
}
