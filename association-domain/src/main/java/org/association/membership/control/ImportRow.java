package org.association.membership.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.association.membership.entity.Member;

/**
 * One data row of a member file: its number as the user sees it (the header is row 1), its cleaned cell
 * values by column (empty cells left out), and either the transient {@link Member} they describe or the
 * reasons they describe none. The member is not validated yet: {@link ImportPreview} does that.
 */
public record ImportRow(int rowNumber, Map<MemberColumn, String> values, Member member, List<RowError> errors) {

    public ImportRow {
        Map<MemberColumn, String> copy = new EnumMap<>(MemberColumn.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
        errors = List.copyOf(errors);
        if ((member == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("row " + rowNumber + " needs either a member or errors");
        }
    }

    public String value(MemberColumn column) {
        return values.get(column);
    }
}
