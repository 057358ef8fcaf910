package org.association.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.association.account.entity.Role;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.portal.entity.MemberContact;

/** Staff keep the people who act for an institutional member, and so sign in to the portal for it. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class MemberContacts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    public List<MemberContact> of(long memberId) {
        return em.createNamedQuery(MemberContact.OF_MEMBER, MemberContact.class).setParameter("member", memberId).getResultList();
    }

    /** A new contact of an institution; an individual member signs in by their own address and has none. */
    public MemberContact add(long memberId, String name, String email, String phone, String reason) {
        return add(memberId, name, email, phone, null, reason);
    }

    /** The same, with the contact's role or title at the institution. */
    public MemberContact add(long memberId, String name, String email, String phone, String title, String reason) {
        Member member = store.find(Member.class, memberId);
        if (member.getKind() != MemberKind.INSTITUTION) {
            throw new BusinessException("error.contact.individual");
        }
        MemberContact contact = new MemberContact(member, name, email, phone == null || phone.isBlank() ? null : phone.strip());
        contact.setTitle(title);
        return store.create(contact, reason);
    }

    /** The contact no longer acts for the institution: their portal session ends with their next request. */
    public void remove(long contactId, String reason) {
        store.remove(store.find(MemberContact.class, contactId), reason);
    }
}
