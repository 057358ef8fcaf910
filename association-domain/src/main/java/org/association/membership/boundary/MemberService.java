package org.association.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.common.Hashes;
import org.association.common.Page;
import org.association.content.entity.Language;
import org.association.membership.control.MemberExport;
import org.association.membership.entity.ApplicationAttempt;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberAction;
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

    @Inject
    private AuditService audit;

    @Inject
    private Event<ApplicationReceived> applications;

    @Inject
    private Event<MemberActed> actions;

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
     * the same address sent {@value #APPLICATIONS_PER_HOUR} applications within the last hour. One whose
     * licence number or credit code is already registered is not stored, but answered like any other, so the
     * form tells no one which numbers the register holds: staff find it in that member's history.
     *
     * @param clientAddress where the application comes from, as the web layer resolved it behind a proxy
     * @param language the language of the form, in which the applicant is written to
     * @return the stored applicant, or empty when the application went to an existing member's history
     */
    @PermitAll
    public Optional<Member> apply(Member applicant, String clientAddress, Language language) {
        if (applicant.getMemberNumber() != null || !applicant.isNew()) {
            throw new IllegalArgumentException("an application is a new record without a member number");
        }
        countAttempt(Hashes.sha256(String.valueOf(clientAddress)));
        applicant.setStatus(MemberStatus.APPLICANT);
        // an invalid application is refused whether or not its number is registered, or the refusal would tell
        store.validate(applicant);
        Optional<Long> registered = registeredAs(applicant);
        if (registered.isPresent()) {
            Map<String, String[]> application = new LinkedHashMap<>();
            application.put("name", new String[] {null, applicant.getName()});
            application.put("email", new String[] {null, applicant.getEmail()});
            application.put("phone", new String[] {null, applicant.getPhone()});
            audit.record(Member.class.getSimpleName(), registered.get(), "applied again", application, "application form");
            return Optional.empty();
        }
        Member stored = store.create(applicant, "application form");
        applications.fire(new ApplicationReceived(stored, language));
        return Optional.of(stored);
    }

    /**
     * Counts an application against its address's hourly limit. Every application first updates the one
     * row of APPLICATION_LIMIT, whose lock the database holds until the transaction ends: applications sent at
     * once, to any server of a cluster, are counted one after the other, so a burst gets exactly the limit.
     */
    private void countAttempt(String addressHash) {
        em.createNativeQuery("UPDATE APPLICATION_LIMIT SET APPLICATIONS = APPLICATIONS + 1 WHERE ID = 1").executeUpdate();
        LocalDateTime now = clock.now();
        long recent = em.createQuery("select count(a) from ApplicationAttempt a where a.addressHash = :hash and "
                + "a.attemptedAt > :since",
                        Long.class)
                .setParameter("hash", addressHash)
                .setParameter("since", now.minusHours(1))
                .getSingleResult();
        if (recent >= APPLICATIONS_PER_HOUR) {
            throw new BusinessException("error.application.tooMany");
        }
        em.createQuery("delete from ApplicationAttempt a where a.attemptedAt < :expired")
                .setParameter("expired", now.minusDays(1))
                .executeUpdate();
        em.persist(new ApplicationAttempt(addressHash, now));
    }

    /** The member already registered under the application's licence number or credit code, if any. */
    private Optional<Long> registeredAs(Member applicant) {
        return takenBy("licenceNumber", applicant.getLicenceNumber()).or(() -> takenBy("creditCode", applicant.getCreditCode()));
    }

    /** Member institutions that agreed to be listed, by name: the public directory. */
    @PermitAll
    public Page<DirectoryEntry> directory(int page, int size) {
        String where = " from Member m where m.kind = :kind and m.status = :active and m.listedInDirectory = true";
        List<DirectoryEntry> items = em.createQuery("select new org.association.membership.boundary.DirectoryEntry(m.id, m.name,"
                        + " m.nameEn, m.institutionType, m.address, m.website)" + where + " order by m.name, m.id",
                        DirectoryEntry.class)
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
        return act(id, version, MemberAction.APPROVE, reason, null);
    }

    /**
     * Changes a member's standing (approve, reject, suspend, reinstate, resign) or records paid dues
     * (renew, with the new paid-up-until date). Always with a reason; refused when the action does not
     * apply to the member's status or the member changed since the caller loaded it.
     */
    public Member act(long id, int version, MemberAction action, String reason, LocalDate paidUpUntil) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.member.reasonRequired");
        }
        Member member = store.findCurrent(Member.class, id, version);
        Member acted = store.change(member, action.name().toLowerCase(Locale.ROOT), reason,
                changed -> changed.act(action, clock.today(), paidUpUntil, this::nextMemberNumber));
        actions.fire(new MemberActed(acted, action, reason));
        return acted;
    }

    /** A page of the staff's table: filtered, sorted and paged in the database. */
    public List<MemberRow> search(MemberFilter filter, int first, int max, String sortField, boolean ascending) {
        MemberQuery query = MemberQuery.of(filter, clock.today());
        TypedQuery<MemberRow> items = em.createQuery("select new "
                + "org.association.membership.boundary.MemberRow(m.id, m.memberNumber,"
                + " m.kind, m.status, m.name, m.nameEn, m.employer, m.joinedOn, m.paidUpUntil, m.version) from Member m"
                + query.where()
                + " order by " + MemberQuery.order(sortField, ascending), MemberRow.class);
        query.bind(items);
        return items.setFirstResult(first).setMaxResults(Math.max(1, max)).getResultList();
    }

    /** How many members the filter finds. */
    public long count(MemberFilter filter) {
        MemberQuery query = MemberQuery.of(filter, clock.today());
        TypedQuery<Long> count = em.createQuery("select count(m) from Member m" + query.where(), Long.class);
        query.bind(count);
        return count.getSingleResult();
    }

    /**
     * The members a filter finds, as CSV or XLSX, in the caller's language; streamed in slices. Audited:
     * who exported, with which filter and order, and how many members the file holds.
     */
    public void export(MemberFilter filter, String sortField, boolean ascending, boolean xlsx, Locale locale, OutputStream out)
            throws IOException {
        MemberQuery query = MemberQuery.of(filter, clock.today());
        String order = MemberQuery.order(sortField, ascending);
        TypedQuery<Member> members = em.createQuery("select m from Member m" + query.where() + " order by " + order,
                Member.class);
        query.bind(members);
        Stream<Member> all = members.getResultStream();
        long rows = xlsx ? MemberExport.xlsx(all, locale, out) : MemberExport.csv(all, locale, out);
        Map<String, String[]> export = new LinkedHashMap<>();
        export.put("filter", new String[] {null, filter.describe()});
        export.put("order", new String[] {null, order});
        export.put("format", new String[] {null, xlsx ? "xlsx" : "csv"});
        export.put("rows", new String[] {null, String.valueOf(rows)});
        audit.record(Member.class.getSimpleName(), null, "exported", export, null);
    }

    /** How many members are in each status, plus the derived "lapsed" (active, dues run out). */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status.name(), 0L);
        }
        em.createQuery("select m.status, count(m) from Member m group by m.status", Object[].class).getResultList()
                .forEach(row -> counts.put(((MemberStatus) row[0]).name(), (Long) row[1]));
        counts.put("LAPSED",
                em.createQuery("select count(m) from Member m where m.status = :active and m.paidUpUntil < :today", Long.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("today", clock.today()).getSingleResult());
        return counts;
    }

    /** Active members whose dues run out within the next {@code days} days. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
    public long expiringWithin(int days) {
        LocalDate today = clock.today();
        return em.createQuery("select count(m) from Member m where m.status = :active and m.paidUpUntil >= :today"
                        + " and m.paidUpUntil <= :until", Long.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(days))
                .getSingleResult();
    }

    /** Members who joined in each of the last {@code months} months, oldest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.MEMBERSHIP_NAME})
    public Map<YearMonth, Long> joinedPerMonth(int months) {
        YearMonth current = YearMonth.from(clock.today());
        Map<YearMonth, Long> joined = new LinkedHashMap<>();
        for (int back = months - 1; back >= 0; back--) {
            joined.put(current.minusMonths(back), 0L);
        }
        em.createQuery("select m.joinedOn from Member m where m.joinedOn >= :since", LocalDate.class)
                .setParameter("since", current.minusMonths(months - 1L).atDay(1))
                .getResultList()
                .forEach(day -> joined.merge(YearMonth.from(day), 1L, Long::sum));
        return joined;
    }

    /** The next member number: M and six digits from a database sequence, so none is ever given twice. */
    public String nextMemberNumber() {
        // a sequence reads no table, so nothing needs flushing first: otherwise an import would flush its growing unit
        // of work once per new member
        Number next = (Number) em.createNativeQuery(schema.database().nextValueSql(NUMBER_SEQUENCE))
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return String.format("M%06d", next.longValue());
    }

    /** Friendly refusals for the unique fields; the database's constraints still catch a race. */
    private void refuseDuplicates(Member member) {
        refuseTaken("memberNumber", member.getMemberNumber(), member);
        refuseTaken("licenceNumber", member.getLicenceNumber(), member);
        refuseTaken("creditCode", member.getCreditCode(), member);
    }

    private void refuseTaken(String field, String value, Member member) {
        takenBy(field, value).filter(id -> !id.equals(member.getId())).ifPresent(id -> {
            throw new DuplicateEntityException(field, value);
        });
    }

    /** The member holding a unique field's value, if any. */
    private Optional<Long> takenBy(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return em.createQuery("select m.id from Member m where m." + field + " = :value", Long.class)
                .setParameter("value", value)
                .getResultStream()
                .findFirst();
    }
}
