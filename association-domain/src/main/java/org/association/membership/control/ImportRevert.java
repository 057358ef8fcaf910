package org.association.membership.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.association.audit.control.FieldChange;
import org.association.membership.entity.Member;

/**
 * Puts back what an import changed in a member, from the audit entry the import wrote. A member number
 * the import gave stays: numbers are never taken back or given twice.
 */
public final class ImportRevert {

    private ImportRevert() {
    }

    public static void restore(Member member, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            Optional<MemberColumn> column = MemberColumn.ofProperty(change.field());
            if (column.isEmpty() || column.get() == MemberColumn.MEMBER_NUMBER) {
                continue;
            }
            column.get().set(member, change.before() == null ? null : column.get().parse(change.before()));
        }
    }

    /** The import's changes in the form {@link #restore} reads back: each changed column's cell text before and after. */
    public static Map<String, String[]> changes(Member before, Member after, List<MemberColumn> columns) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (MemberColumn column : columns) {
            changes.put(column.property(), new String[] {column.format(before, Locale.ROOT), column.format(after, Locale.ROOT)});
        }
        return changes;
    }

    /** Copies the columns' values from one member to another (the member number only to one without). */
    public static void copy(Member from, Member to, List<MemberColumn> columns) {
        for (MemberColumn column : columns) {
            if (column != MemberColumn.MEMBER_NUMBER || to.getMemberNumber() == null) {
                column.set(to, column.get(from));
            }
        }
    }
}
