package org.association.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.association.account.control.PasswordHashing;
import org.association.account.entity.LoginFailure;
import org.association.common.AssociationClock;
import org.association.common.Hashes;
import org.association.common.LogLine;
import org.association.common.PortalCaller;
import org.association.common.SecretToken;
import org.association.content.entity.Language;
import org.association.mail.boundary.Mail;
import org.association.mail.boundary.MailServer;
import org.association.mail.boundary.Outbox;
import org.association.mail.entity.MailCause;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.association.portal.entity.MemberContact;
import org.association.portal.entity.MemberPassword;
import org.association.portal.entity.SignInRequest;

/**
 * Members sign in without a password: they ask for a link by address, and the link, mailed through the outbox, signs
 * in once, within {@link #LINK_LIFETIME}, in the browser that asked for it only (the browser keeps a nonce in a
 * cookie; the request keeps its hash). A link opened elsewhere (a mail scanner, staff reading the outbox, another
 * device) signs nobody in and stays good in the asking browser.
 * <p>
 * The answer to asking is the same whether or not the address is a member's, and the limits per address and per
 * member count every request alike, so neither tells anyone who is registered.
 */
@Stateless
@PermitAll
public class MemberSignIn {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);
    /** The path a sign-in link opens, with its token as the parameter {@code token}. */
    public static final String LINK_PATH = "/member/link";
    static final int REQUESTS_PER_ADDRESS_PER_HOUR = 3;
    static final int REQUESTS_PER_MEMBER_PER_HOUR = 5;
    /** Wrong passwords for one signer within {@link #PASSWORD_WINDOW} after which its password is not checked. */
    static final int WRONG_PASSWORDS = 5;
    /** Refused passwords from one client address within the window after which none of its attempts is checked. */
    static final int REFUSALS_PER_ADDRESS = 20;
    static final Duration PASSWORD_WINDOW = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger("org.association.security");
    /** The name a refusal for an address that is no member's is counted under; no caller has it. */
    private static final String UNKNOWN_SIGNER = "member:unknown";

    /** The signer an address belongs to: a member, and the contact when it is an institution's. */
    private record Signer(Member member, MemberContact contact) {
        String name() {
            return contact == null ? member.getName() : contact.getName();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AssociationClock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** A hash verified against when there is no real one, so that every refusal takes as long as a wrong password. */
    private static volatile String decoy;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(PasswordHashing.PARAMETERS);
        if (decoy == null) {
            decoy = passwordHash.generate("decoy password for unknown members".toCharArray());
        }
    }

    /**
     * Mails a sign-in link to the address if a member (or an institution's contact) signs in with it and no limit is
     * reached; otherwise does nothing. Either way the caller learns nothing.
     *
     * @param browserNonce the secret the asking browser keeps, which the link must come back with
     */
    public void requestLink(String address, String browserNonce, Language language) {
        String normalized = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        String addressHash = Hashes.sha256(normalized);
        LocalDateTime now = clock.now();
        em.createQuery("delete from SignInRequest s where s.requestedAt < :expired")
                .setParameter("expired", now.minusDays(1)).executeUpdate();
        LocalDateTime hourAgo = now.minusHours(1);
        long fromAddress = em.createQuery("select count(s) from SignInRequest s where s.addressHash = :hash"
                        + " and s.requestedAt > :since", Long.class)
                .setParameter("hash", addressHash).setParameter("since", hourAgo).getSingleResult();
        Optional<Signer> signer = fromAddress >= REQUESTS_PER_ADDRESS_PER_HOUR ? Optional.empty() : signer(normalized);
        if (fromAddress >= REQUESTS_PER_ADDRESS_PER_HOUR || signer.isPresent() && em.createQuery(
                        "select count(s) from SignInRequest s where s.memberId = :member and s.requestedAt > :since", Long.class)
                .setParameter("member", signer.get().member().getId()).setParameter("since", hourAgo)
                .getSingleResult() >= REQUESTS_PER_MEMBER_PER_HOUR) {
            LOG.warning(() -> LogLine.event("member-sign-in-limited").with("address", addressHash.substring(0, 12)).toString());
            return;
        }
        String browserHash = Hashes.sha256(browserNonce);
        LocalDateTime expires = now.plus(LINK_LIFETIME);
        if (signer.isEmpty()) {
            em.persist(new SignInRequest(addressHash, null, null, null, browserHash, now, expires));
            return;
        }
        Member member = signer.get().member();
        MemberContact contact = signer.get().contact();
        String token = SecretToken.create();
        em.persist(new SignInRequest(addressHash, member.getId(), contact == null ? null : contact.getId(),
                SecretToken.hash(token), browserHash, now, expires));
        outbox.queue(new Mail(MailCause.MEMBER_SIGN_IN, language, normalized, signer.get().name(), member.getId(),
                Map.of("name", signer.get().name(), "link", server.siteUrl() + LINK_PATH + "?token=" + token,
                        "minutes", String.valueOf(LINK_LIFETIME.toMinutes())), null));
    }

    /**
     * Signs in with a link's token, in the browser that holds the nonce: once, within its lifetime, and only while
     * the member may still sign in. A link opened in another browser is not used up.
     */
    public SignInOutcome open(String token, String browserNonce) {
        if (!SecretToken.isWellFormed(token)) {
            return SignInOutcome.refused(SignInOutcome.Result.INVALID);
        }
        Optional<SignInRequest> found = em.createNamedQuery(SignInRequest.BY_TOKEN, SignInRequest.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst();
        LocalDateTime now = clock.now();
        if (found.isEmpty() || found.get().getUsedAt() != null || !found.get().getExpiresAt().isAfter(now)) {
            return SignInOutcome.refused(SignInOutcome.Result.INVALID);
        }
        SignInRequest request = found.get();
        if (browserNonce == null || !Hashes.sha256(browserNonce).equals(request.getBrowserHash())) {
            return SignInOutcome.refused(SignInOutcome.Result.OTHER_BROWSER);
        }
        // the link is used once, however many times it is opened at the same moment
        int used = em.createQuery("update SignInRequest s set s.usedAt = :now where s.id = :id and s.usedAt is null")
                .setParameter("now", now).setParameter("id", request.getId()).executeUpdate();
        PortalCaller caller = new PortalCaller(request.getMemberId(), request.getContactId());
        if (used != 1 || !mayEnter(caller)) {
            return SignInOutcome.refused(SignInOutcome.Result.INVALID);
        }
        return new SignInOutcome(SignInOutcome.Result.SIGNED_IN, caller);
    }

    /**
     * Signs in with the address and the password its member (or contact) set, from a client address. Five wrong
     * passwords for a signer within fifteen minutes, or twenty refusals from the client address, stop the checks
     * until the window has passed; signing in by link still works. Every refusal is alike and takes as long.
     */
    public Optional<PortalCaller> signInWithPassword(String address, String password, String clientAddress) {
        LocalDateTime now = clock.now();
        String client = Hashes.sha256(String.valueOf(clientAddress));
        LocalDateTime since = now.minus(PASSWORD_WINDOW);
        // the refusals are the staff sign-in's table: an address guessing passwords is counted for both, and staff's
        // checks look back twice the window
        em.createQuery("delete from LoginFailure f where f.failedAt <= :before")
                .setParameter("before", now.minus(PASSWORD_WINDOW.multipliedBy(2))).executeUpdate();
        if (failures("f.addressHash = :value", client, since) >= REFUSALS_PER_ADDRESS) {
            return Optional.empty();
        }
        Optional<PortalCaller> signer = signer(address == null ? "" : address.strip().toLowerCase(Locale.ROOT))
                .map(found -> new PortalCaller(found.member().getId(), found.contact() == null ? null : found.contact().getId()));
        String name = signer.map(PortalCaller::name).orElse(UNKNOWN_SIGNER);
        Optional<MemberPassword> stored = signer.flatMap(caller -> em.createNamedQuery(MemberPassword.OF_SIGNER,
                MemberPassword.class).setParameter("signer", caller.name()).getResultStream().findFirst());
        boolean checked = stored.isPresent() && failures("f.username = :value", name, since) < WRONG_PASSWORDS;
        boolean right = passwordHash.verify(String.valueOf(password).toCharArray(),
                checked ? stored.get().getPasswordHash() : decoy) && checked;
        if (!right) {
            em.persist(new LoginFailure(client, name, now));
            LOG.warning(() -> LogLine.event("member-password-refused").with("user", name).toString());
            return Optional.empty();
        }
        return signer;
    }

    private long failures(String condition, String value, LocalDateTime since) {
        return em.createQuery("select count(f) from LoginFailure f where " + condition + " and f.failedAt > :since", Long.class)
                .setParameter("value", value).setParameter("since", since).getSingleResult();
    }

    /** Whether the caller may (still) be signed in: the member stands, and the contact still acts for it. */
    public boolean mayEnter(PortalCaller caller) {
        Member member = em.find(Member.class, caller.memberId());
        if (member == null || !admits(member)) {
            return false;
        }
        if (caller.contactId() == null) {
            return member.getKind() == MemberKind.INDIVIDUAL;
        }
        MemberContact contact = em.find(MemberContact.class, caller.contactId());
        return contact != null && contact.getMember().getId().equals(member.getId());
    }

    /** Members who may use the portal: active ones, lapsed or not, and suspended ones (who may pay to be reinstated). */
    private static boolean admits(Member member) {
        return member.getStatus() == MemberStatus.ACTIVE || member.getStatus() == MemberStatus.SUSPENDED;
    }

    private Optional<Signer> signer(String address) {
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Optional<Signer> individual = em.createQuery("select m from Member m where lower(m.email) = :address and m.kind = :kind",
                        Member.class)
                .setParameter("address", address).setParameter("kind", MemberKind.INDIVIDUAL)
                .getResultStream().filter(MemberSignIn::admits).findFirst().map(member -> new Signer(member, null));
        return individual.or(() -> em.createNamedQuery(MemberContact.BY_EMAIL, MemberContact.class)
                .setParameter("email", address).getResultStream()
                .filter(contact -> admits(contact.getMember())).findFirst()
                .map(contact -> new Signer(contact.getMember(), contact)));
    }
}
