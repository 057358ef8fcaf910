package org.association.membership.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.association.audit.control.ChangeSet;
import org.association.audit.control.FieldChange;
import org.association.membership.entity.Member;

/**
 * What an import changed in a member, recorded as the columns' cell text, and how to put it back from
 * the audit entry the import wrote. A member number the import gave stays: numbers are never taken back
 * or given twice.
 */
public final class ImportRevert {

    private ImportRevert() {
    }

    /** Puts back the values before the import; returns what that changed, in the same cell text. */
    public static Map<String, String[]> restore(Member member, List<FieldChange> changes) {
        List<MemberColumn> restored = changes.stream()
                .map(change -> MemberColumn.ofProperty(change.field()))
                .flatMap(Optional::stream)
                .filter(column -> column != MemberColumn.MEMBER_NUMBER)
                .toList();
        ChangeSet.Snapshot before = cells(member, restored);
        for (FieldChange change : changes) {
            MemberColumn.ofProperty(change.field()).filter(restored::contains).ifPresent(column ->
                    column.set(member, change.before() == null ? null : column.parse(change.before())));
        }
        return before.changesTo(cells(member, restored));
    }

    /**
     * The columns' values as cell text, which {@link MemberColumn#parse} reads back: compared before and
     * after an import changes them, it gives the entry that {@link #restore} later reads.
     */
    public static ChangeSet.Snapshot cells(Member member, List<MemberColumn> columns) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (MemberColumn column : columns) {
            cells.put(column.property(), column.format(member, Locale.ROOT));
        }
        return ChangeSet.Snapshot.of(cells);
    }
}
