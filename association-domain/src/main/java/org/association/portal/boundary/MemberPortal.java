package org.association.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.association.account.control.PasswordHashing;
import org.association.account.control.PasswordPolicy;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.common.PortalCaller;
import org.association.content.entity.Language;
import org.association.dues.boundary.InvoiceView;
import org.association.dues.boundary.MemberDues;
import org.association.dues.boundary.OnlineOrder;
import org.association.dues.boundary.OnlinePayments;
import org.association.dues.boundary.Voucher;
import org.association.events.boundary.CmeCredits;
import org.association.events.control.MemberEventHistory;
import org.association.events.entity.Registration;
import org.association.mail.boundary.Outbox;
import org.association.mail.entity.MailRecipient;
import org.association.membership.boundary.MemberChangeRequests;
import org.association.membership.boundary.MembershipCertificates;
import org.association.membership.entity.IdentityField;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberChangeRequest;
import org.association.membership.entity.MemberKind;
import org.association.organization.entity.Appointment;
import org.association.portal.entity.MemberContact;
import org.association.portal.entity.MemberPassword;

/**
 * The member portal: what a signed-in member reads and changes of their own. No method takes a member's id: each
 * works on the caller's own member, so no address or form field can reach another member's records. The member's
 * own changes are audited under the caller's name ({@link PortalCaller#name()}).
 */
@Stateless
@RolesAllowed(PortalCaller.ROLE)
public class MemberPortal {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private MemberEventHistory events;

    @Inject
    private Outbox outbox;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private MemberDues dues;

    @Inject
    private OnlinePayments onlinePayments;

    @Inject
    private MembershipCertificates certificates;

    @Inject
    private MemberChangeRequests changeRequests;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(PasswordHashing.PARAMETERS);
    }

    /** The caller, as the sign-in named them. */
    public PortalCaller caller() {
        return PortalCaller.of(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("not a member's caller: " + context.getCallerPrincipal()));
    }

    /** The caller's member record, as stored now. */
    public Member member() {
        return store.find(Member.class, caller().memberId());
    }

    /** What the member's own page shows, in one read. */
    public MemberOverview overview() {
        PortalCaller caller = caller();
        Member member = store.find(Member.class, caller.memberId());
        // the caller read once: each read of it asks the container for the principal
        return new MemberOverview(member, contactOf(caller), contactsOf(member.getId()), positionsOf(member),
                events.registrationsOf(member.getId()), events.creditsPerYear(member.getId()), dues.invoicesOf(member.getId()),
                // a certificate for an approved member, when there is a font to draw it with
                member.getMemberNumber() != null && certificates.canMake(),
                changeRequests.pendingOf(member.getId()).orElse(null));
    }

    /** The people who act for the caller's institution; none for an individual. */
    public List<MemberContact> contacts() {
        return contactsOf(caller().memberId());
    }

    /** The contact signed in for an institution, or null for an individual member. */
    private MemberContact contactOf(PortalCaller caller) {
        return caller.contactId() == null ? null : store.find(MemberContact.class, caller.contactId());
    }

    private List<MemberContact> contactsOf(long memberId) {
        return em.createNamedQuery(MemberContact.OF_MEMBER, MemberContact.class).setParameter("member", memberId)
                .getResultList();
    }

    /** The positions the member holds or held, in the association and its departments; the latest first. */
    private List<Appointment> positionsOf(Member member) {
        return em.createNamedQuery(Appointment.OF_MEMBER, Appointment.class).setParameter("member", member).getResultList();
    }

    /** The member's mail settings: whether they take notices, and the language of their mail. */
    public MailRecipient mailSettings() {
        long member = caller().memberId();
        return outbox.find(member).orElseGet(() -> new MailRecipient(member, Language.ZH));
    }

    /**
     * The member changes how to reach them: at once, audited as their own. Refused when the record changed since
     * the member's page read it (staff may have corrected it meanwhile), or when the address is another member's.
     */
    public Member changeContactData(int version, String email, String phone, String address) {
        Member member = store.findCurrent(Member.class, caller().memberId(), version);
        String normalized = email == null || email.isBlank() ? null : email.strip();
        if (normalized != null && member.getKind() == MemberKind.INDIVIDUAL && !normalized.equalsIgnoreCase(member.getEmail())
                && !em.createQuery("select m.id from Member m where lower(m.email) = :address and m.id <> :member", Long.class)
                        .setParameter("address", normalized.toLowerCase(Locale.ROOT)).setParameter("member", member.getId())
                        .setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("error.portal.emailTaken");
        }
        return store.change(member, "contact data changed", null, changed -> {
            changed.setEmail(normalized);
            changed.setPhone(phone == null || phone.isBlank() ? null : phone.strip());
            changed.setAddress(address == null || address.isBlank() ? null : address.strip());
        });
    }

    /** Whether the caller set a password besides signing in by link. */
    public boolean hasPassword() {
        return password().isPresent();
    }

    /** The caller sets (or changes) their password, under the staff's policy; audited without the hash. */
    public void setPassword(String password) {
        PasswordPolicy.violation(password, null).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.MIN_LENGTH);
        });
        String hash = passwordHash.generate(password.toCharArray());
        Optional<MemberPassword> stored = password();
        if (stored.isPresent()) {
            store.change(stored.get(), "password changed", null, changed -> changed.setPasswordHash(hash));
        } else {
            store.create(new MemberPassword(caller().name(), caller().memberId(), hash), "password set");
        }
    }

    /** The caller signs in by link only from now on. */
    public void removePassword() {
        password().ifPresent(stored -> store.remove(stored, "password removed"));
    }

    private Optional<MemberPassword> password() {
        return em.createNamedQuery(MemberPassword.OF_SIGNER, MemberPassword.class).setParameter("signer", caller().name())
                .getResultStream().findFirst();
    }

    /** The member chooses whether to take notices, and the language of their mail; audited as their own. */
    public MailRecipient changeMailSettings(boolean notices, Language language) {
        MailRecipient recipient = outbox.recipient(caller().memberId(), language);
        return store.change(recipient, "mail settings changed", null, changed -> {
            changed.setNotices(notices);
            changed.setLanguage(language);
        });
    }

    /** The member's invoices, latest period first, with the account to pay to and the payments recorded. */
    public List<InvoiceView> invoices() {
        return dues.invoicesOf(caller().memberId());
    }

    /**
     * The member reports a bank transfer of one of their own invoices, with its voucher, for staff to confirm; another
     * member's invoice is refused as if it did not exist.
     */
    public InvoiceView reportTransfer(long invoiceId, Voucher voucher, BigDecimal amount, LocalDate paidOn, String reference) {
        return dues.recordMemberTransfer(caller().memberId(), invoiceId, voucher, amount, paidOn, reference);
    }

    /** Whether the member may pay online (a payment provider is in use). */
    public boolean paysOnline() {
        return onlinePayments.isOffered();
    }

    /** Opens an online payment of one of the member's own invoices: where to send the payer. */
    public OnlineOrder payOnline(long invoiceId) {
        return onlinePayments.start(invoiceId);
    }

    /** The member's membership certificate as a PDF. */
    public byte[] certificate() {
        return certificates.certificateOf(caller().memberId());
    }

    /** The member asks to change identity fields (name, licence number...): a request that MEMBERSHIP staff decide. */
    public MemberChangeRequest requestChange(Map<IdentityField, String> values) {
        return changeRequests.request(caller().memberId(), values);
    }

    /** The member's request waiting for a decision, if any. */
    public Optional<MemberChangeRequest> pendingChange() {
        return changeRequests.pendingOf(caller().memberId());
    }

    /**
     * The member withdraws their request that waits for a decision, the one they saw (version); refused when staff
     * decided it since, or when none waits.
     */
    public MemberChangeRequest withdrawChange(int version) {
        MemberChangeRequest pending = pendingChange().orElseThrow(() -> new BusinessException("error.changeRequest.nonePending"));
        return changeRequests.withdraw(pending.getId(), version);
    }
}
