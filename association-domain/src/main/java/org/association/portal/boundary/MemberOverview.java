package org.association.portal.boundary;

import java.util.List;
import org.association.dues.boundary.InvoiceView;
import org.association.events.boundary.CmeCredits;
import org.association.events.entity.Registration;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberChangeRequest;
import org.association.organization.entity.Appointment;
import org.association.portal.entity.MemberContact;

/**
 * All the member's own page shows, read in one transaction: their record and standing, the contact signed in for an
 * institution (or null), its contacts, positions, meetings and credits, invoices, whether a certificate can be had,
 * and the change request waiting for a decision (or null).
 */
public record MemberOverview(Member member, MemberContact signedInContact, List<MemberContact> contacts,
        List<Appointment> positions, List<Registration> registrations, List<CmeCredits> credits, List<InvoiceView> invoices,
        boolean hasCertificate, MemberChangeRequest pendingChange) {
}
