package org.association.membership.control;

import java.util.List;
import org.association.membership.entity.Member;

/**
 * A row of the file with what importing it would do. {@code existing} is the stored member it matches
 * (null for NEW, and for an ERROR that matched none), {@code changes} the columns that UPDATE would change,
 * {@code errors} why an ERROR row cannot be imported.
 */
public record ClassifiedRow(ImportRow row, ImportOutcome outcome, Member existing, List<MemberColumn> changes,
        List<RowError> errors) {

    public ClassifiedRow {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    /**
     * Copies the changed values of an UPDATE row into the stored member. That member must still be as it
     * was classified, so check its version against {@code existing().getVersion()} first.
     */
    public void applyTo(Member stored) {
        if (outcome != ImportOutcome.UPDATE) {
            throw new IllegalStateException("row " + rowNumber() + " is " + outcome + ", not an update");
        }
        for (MemberColumn column : changes) {
            column.set(stored, column.get(row.member()));
        }
    }
}
