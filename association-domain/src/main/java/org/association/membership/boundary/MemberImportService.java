package org.association.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.audit.control.ChangeSet;
import org.association.audit.control.FieldChange;
import org.association.audit.entity.AuditEntry;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.common.FileBatch;
import org.association.content.control.FileNames;
import org.association.membership.control.ClassifiedRow;
import org.association.membership.control.ImportFile;
import org.association.membership.control.ImportOutcome;
import org.association.membership.control.ImportPreview;
import org.association.membership.control.ImportRevert;
import org.association.membership.control.MemberColumn;
import org.association.membership.control.MemberImportReader;
import org.association.membership.control.MemberLookups;
import org.association.membership.entity.ImportBatch;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;

/**
 * Member imports: an uploaded file is kept as a batch and previewed (every row classified, nothing
 * saved); the commit imports all its valid rows in one transaction or nothing; a committed batch can be
 * reverted while nobody has changed its members since.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class MemberImportService {

    static final String IMPORTED = "imported";
    static final String UPDATED_BY_IMPORT = "updated by import";

    /** A previewed batch and what its rows would do. */
    public record Preview(long batchId, int batchVersion, String fileName, List<String> unknownColumns, ImportPreview rows) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private AuditService audit;

    @Inject
    private MemberService members;

    @Inject
    private AssociationClock clock;

    @Inject
    private Validator validator;

    /** Keeps the file as a new batch and classifies its rows. A file that cannot be read is refused whole. */
    public Preview preview(String fileName, byte[] content) {
        ImportFile file = MemberImportReader.read(content);
        ImportBatch batch = new ImportBatch(FileNames.clean(fileName), content);
        ImportPreview rows = classify(file);
        batch.counted(rows.counts().get(ImportOutcome.NEW), rows.counts().get(ImportOutcome.UPDATE),
                rows.counts().get(ImportOutcome.UNCHANGED), rows.counts().get(ImportOutcome.ERROR));
        store.create(batch, null);
        return new Preview(batch.getId(), batch.getVersion(), batch.getFileName(), file.unknownColumns(), rows);
    }

    /** The preview of a stored batch again, against the members as they are now. */
    public Preview previewAgain(long batchId) {
        ImportBatch batch = store.find(ImportBatch.class, batchId);
        ImportFile file = MemberImportReader.read(batch.getContent());
        return new Preview(batch.getId(), batch.getVersion(), batch.getFileName(), file.unknownColumns(), classify(file));
    }

    /**
     * Imports every NEW and UPDATE row of a previewed batch, in this one transaction: if any member
     * changed since the preview the whole batch is refused. Rows with errors are left out.
     */
    public ImportBatch commit(long batchId, int batchVersion) {
        ImportBatch batch = store.findCurrent(ImportBatch.class, batchId, batchVersion);
        if (batch.getStatus() != FileBatch.Status.PREVIEWED) {
            throw new BusinessException("error.import.notPreviewed");
        }
        ImportFile file = MemberImportReader.read(batch.getContent());
        ImportPreview preview = classify(file);
        var metamodel = em.getMetamodel().entity(Member.class);
        for (ClassifiedRow row : preview.rows()) {
            if (row.outcome() == ImportOutcome.NEW) {
                Member member = row.row().member();
                if (member.getStatus() != MemberStatus.APPLICANT && member.getMemberNumber() == null) {
                    member.assignMemberNumber(members.nextMemberNumber());
                }
                em.persist(member);
                audit.record("Member", member.getId(), IMPORTED, ChangeSet.between(metamodel, null, member), null, batch.getId());
            } else if (row.outcome() == ImportOutcome.UPDATE) {
                Member stored = em.find(Member.class, row.existing().getId());
                ChangeSet.Snapshot before = ImportRevert.cells(stored, row.changes());
                row.applyTo(stored);
                audit.record("Member", stored.getId(), UPDATED_BY_IMPORT,
                        before.changesTo(ImportRevert.cells(stored, row.changes())),
                        null, batch.getId());
            }
        }
        return store.change(batch, "committed", batch.getNewRows() + " new, " + batch.getUpdatedRows() + " updated",
                committed -> committed.committed(clock.now()));
    }

    /**
     * Undoes a committed batch: its new members are deleted and its updates put back. Refused whole when
     * any of those members changed after the import, or has appointments.
     */
    public ImportBatch revert(long batchId, int batchVersion, String reason) {
        ImportBatch batch = store.findCurrent(ImportBatch.class, batchId, batchVersion);
        if (batch.getStatus() != FileBatch.Status.COMMITTED) {
            throw new BusinessException("error.import.notCommitted");
        }
        List<AuditEntry> entries = audit.ofBatch(batchId);
        List<Member> touched = new ArrayList<>();
        for (AuditEntry entry : entries) {
            Member member = entry.getEntityId() == null ? null : em.find(Member.class, entry.getEntityId());
            if (member == null) {
                continue;
            }
            if (member.getUpdatedAt() != null && member.getUpdatedAt().isAfter(batch.getCommittedAt())) {
                touched.add(member);
            } else if (IMPORTED.equals(entry.getAction()) && hasAppointments(member)) {
                touched.add(member);
            }
        }
        if (!touched.isEmpty()) {
            throw new BusinessException("error.import.changedSince", touched.size(),
                    String.join(", ", touched.stream().limit(5).map(Member::getName).toList()));
        }
        for (AuditEntry entry : entries) {
            Member member = entry.getEntityId() == null ? null : em.find(Member.class, entry.getEntityId());
            if (member == null) {
                continue;
            }
            if (IMPORTED.equals(entry.getAction())) {
                Map<String, String[]> had = ChangeSet.between(em.getMetamodel().entity(Member.class), member, null);
                em.remove(member);
                audit.record("Member", member.getId(), "deleted by revert", had, reason, batchId);
            } else if (UPDATED_BY_IMPORT.equals(entry.getAction())) {
                Map<String, String[]> restored = ImportRevert.restore(member, FieldChange.parse(entry.getChanges()));
                audit.record("Member", member.getId(), "restored by revert", restored, reason, batchId);
            }
        }
        return store.change(batch, "reverted", reason, reverted -> reverted.reverted(clock.now()));
    }

    public ImportBatch find(long batchId) {
        return store.find(ImportBatch.class, batchId);
    }

    public List<ImportBatch> recent(int max) {
        return em.createQuery("select b from ImportBatch b order by b.id desc", ImportBatch.class).setMaxResults(max)
                .getResultList();
    }

    /** Classifies the rows against the stored members their keys name, found in three queries. */
    private ImportPreview classify(ImportFile file) {
        Map<Long, Member> candidates = new HashMap<>();
        for (MemberColumn key : MemberColumn.KEYS) {
            Set<String> values = file.values(key);
            if (values.isEmpty()) {
                continue;
            }
            List<String> all = new ArrayList<>(values);
            // IN lists are kept short: some databases limit the number of parameters
            for (int from = 0; from < all.size(); from += 1000) {
                em.createQuery("select m from Member m where m." + key.property() + " in :values", Member.class)
                        .setParameter("values", all.subList(from, Math.min(all.size(), from + 1000)))
                        .getResultList()
                        .forEach(member -> candidates.put(member.getId(), member));
            }
        }
        return ImportPreview.of(file, MemberLookups.of(candidates.values()), validator);
    }

    private boolean hasAppointments(Member member) {
        return em.createQuery("select count(a) from Appointment a where a.member = :member", Long.class)
                .setParameter("member", member).getSingleResult() > 0;
    }
}
