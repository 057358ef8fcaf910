package org.association.dues.control;

import java.util.List;

/** A bank statement as read: its lines in file order (blank rows left out), and the header cells it did not know. */
public record StatementFile(List<StatementLine> lines, List<String> unknownColumns) {

    public StatementFile {
        lines = List.copyOf(lines);
        unknownColumns = List.copyOf(unknownColumns);
    }
}
