package org.association.membership.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member file as read: the known columns it has, the header cells that name no column (ignored, to be
 * shown as a warning), and its data rows in file order, blank rows left out.
 */
public record ImportFile(List<MemberColumn> columns, List<String> unknownColumns, List<ImportRow> rows) {

    public ImportFile {
        columns = List.copyOf(columns);
        unknownColumns = List.copyOf(unknownColumns);
        rows = List.copyOf(rows);
    }

    /** The distinct values of a column, e.g. the credit codes to look up stored members by in one query. */
    public Set<String> values(MemberColumn column) {
        return rows.stream().map(row -> row.value(column)).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
