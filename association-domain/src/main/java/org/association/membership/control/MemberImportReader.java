package org.association.membership.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.association.common.BusinessException;
import org.association.common.TabularFile;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;

/**
 * Reads a member file into rows, as {@link TabularFile} reads CSV and XLSX. The first non-blank row is the header. A
 * bad cell or row becomes a {@link RowError} of that row; only a file that cannot be read as a whole is refused, with a
 * {@link BusinessException}.
 */
public final class MemberImportReader {

    public static final int MAX_BYTES = TabularFile.MAX_BYTES;
    public static final int MAX_ROWS = 20_000;
    public static final long MAX_UNPACKED_BYTES = TabularFile.MAX_UNPACKED_BYTES;

    private MemberImportReader() {
    }

    public static ImportFile read(byte[] content) {
        Rows rows = new Rows();
        TabularFile.read(content, "member-import-", rows);
        return rows.file();
    }

    /** Trimmed, null when empty, without an export's formula guard. */
    private static String clean(String cell) {
        String trimmed = TabularFile.trimmed(cell);
        return trimmed == null ? null : MemberExport.unguard(trimmed);
    }

    /** Line breaks and tabs belong in notes; anywhere else, as any other control character, they are a mistake. */
    private static boolean hasControlCharacter(MemberColumn column, String value) {
        return value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(column == MemberColumn.NOTES && (c == '\n' || c == '\r' || c == '\t')));
    }

    /** Collects the rows of either format: the first non-blank one is the header, the rest become ImportRows. */
    private static final class Rows implements TabularFile.Sink {

        /** The column of each header cell, null for an unknown one; null until the header is read. */
        private MemberColumn[] columnAt;
        private final List<MemberColumn> columns = new ArrayList<>();
        private final List<String> unknownColumns = new ArrayList<>();
        private final List<ImportRow> rows = new ArrayList<>();

        @Override
        public void row(int rowNumber, List<String> cells) {
            List<String> values = cells.stream().map(MemberImportReader::clean).toList();
            if (values.stream().allMatch(Objects::isNull)) {
                return;
            }
            if (columnAt == null) {
                header(values);
            } else {
                count();
                rows.add(importRow(rowNumber, values));
            }
        }

        @Override
        public void malformed(int rowNumber) {
            if (columnAt == null) {
                throw new BusinessException("import.file.header");
            }
            count();
            rows.add(new ImportRow(rowNumber, Map.of(), null, List.of(RowError.of(null, "import.row.malformed"))));
        }

        ImportFile file() {
            if (columnAt == null) {
                throw new BusinessException("import.file.empty");
            }
            return new ImportFile(columns, unknownColumns, rows);
        }

        private void count() {
            if (rows.size() == MAX_ROWS) {
                throw new BusinessException("import.file.tooManyRows", MAX_ROWS);
            }
        }

        private void header(List<String> cells) {
            columnAt = new MemberColumn[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                if (text == null) {
                    continue;
                }
                Optional<MemberColumn> column = MemberColumn.ofHeader(text);
                if (column.isEmpty()) {
                    unknownColumns.add(text);
                } else if (columns.contains(column.get())) {
                    throw new BusinessException("import.file.duplicateColumn", text);
                } else {
                    columnAt[i] = column.get();
                    columns.add(column.get());
                }
            }
            List<String> missing = MemberColumn.REQUIRED.stream()
                    .filter(column -> !columns.contains(column))
                    .map(column -> column.header(Locale.ENGLISH) + " / " + column.header(Locale.CHINESE))
                    .toList();
            if (!missing.isEmpty()) {
                throw new BusinessException("import.file.missingColumns", String.join(", ", missing));
            }
        }

        private ImportRow importRow(int rowNumber, List<String> cells) {
            Map<MemberColumn, String> values = new EnumMap<>(MemberColumn.class);
            int width = 0;
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (value != null) {
                    width = i + 1;
                    if (i < columnAt.length && columnAt[i] != null) {
                        values.put(columnAt[i], value);
                    }
                }
            }
            if (width > columnAt.length) {
                // most likely an unquoted comma: every value after it sits in the wrong column
                return new ImportRow(rowNumber, values, null,
                        List.of(RowError.of(null, "import.row.tooManyColumns", width, columnAt.length)));
            }
            return parse(rowNumber, values);
        }

        /** Every column of the file is set, an empty cell to null: a present column means "this is the value". */
        private ImportRow parse(int rowNumber, Map<MemberColumn, String> values) {
            Map<MemberColumn, Object> parsed = new EnumMap<>(MemberColumn.class);
            List<RowError> errors = new ArrayList<>();
            for (MemberColumn column : MemberColumn.REQUIRED) {
                if (!values.containsKey(column)) {
                    errors.add(RowError.of(column, "import.value.required"));
                }
            }
            values.forEach((column, value) -> {
                if (hasControlCharacter(column, value)) {
                    errors.add(RowError.of(column, "import.value.control"));
                    return;
                }
                try {
                    parsed.put(column, column.parse(value));
                } catch (MemberColumn.InvalidValueException e) {
                    errors.add(new RowError(column.property(), e.messageKey(), e.arguments()));
                }
            });
            if (!errors.isEmpty()) {
                return new ImportRow(rowNumber, values, null, errors);
            }
            Member member = new Member((MemberKind) parsed.get(MemberColumn.KIND), (String) parsed.get(MemberColumn.NAME));
            for (MemberColumn column : columns) {
                column.set(member, parsed.get(column));
            }
            return new ImportRow(rowNumber, values, member, List.of());
        }
    }
}
