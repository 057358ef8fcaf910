package org.association.dues.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.common.BusinessException;
import org.association.common.TabularFile;

/**
 * Reads a bank statement export (CSV in UTF-8 or GBK, or XLSX, as {@link TabularFile} reads them). Banks put an account
 * summary above the table, so the header is the first row that names a date column and an amount (or credit) column;
 * the rows above it are passed over. A row whose day or amount cannot be read becomes a line with its problem; a file
 * without such a header is refused whole.
 */
public final class StatementReader {

    public static final int MAX_ROWS = 20_000;
    /** Rows an export may have above its table (account, period, opening balance). */
    static final int MAX_ROWS_ABOVE_HEADER = 30;

    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[\\sT].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:[\\sT].*)?");
    private static final Pattern AMOUNT = Pattern.compile("[-+]?\\d+(\\.\\d{1,2})?");
    /** What exports write around an amount: thousands separators, currency signs and names. */
    private static final Pattern AMOUNT_NOISE = Pattern.compile("[,，\\s¥￥元]|RMB|CNY", Pattern.CASE_INSENSITIVE);

    private StatementReader() {
    }

    public static StatementFile read(byte[] content) {
        Lines lines = new Lines();
        TabularFile.read(content, "statement-import-", lines);
        return lines.file();
    }

    /** The day of a cell such as 2026-01-15, 2026/1/15, 2026年1月15日 or 20260115, a time after it ignored. */
    static Optional<LocalDate> date(String cell) {
        for (Pattern form : List.of(SEPARATED_DATE, COMPACT_DATE)) {
            Matcher parts = form.matcher(cell);
            if (parts.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                            Integer.parseInt(parts.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The amount of a cell such as "1,234.50", "¥300.00", "300元" or "(20.00)" (negative), in yuan with fen. */
    static Optional<BigDecimal> amount(String cell) {
        String text = AMOUNT_NOISE.matcher(cell).replaceAll("");
        boolean bracketed = text.length() > 2 && text.startsWith("(") && text.endsWith(")");
        if (bracketed) {
            text = "-" + text.substring(1, text.length() - 1);
        }
        if (!AMOUNT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text).setScale(2));
    }

    private static final class Lines implements TabularFile.Sink {

        private StatementColumn[] columnAt;
        private final List<String> unknownColumns = new ArrayList<>();
        private final List<StatementLine> lines = new ArrayList<>();
        private int rowsAbove;

        @Override
        public void row(int rowNumber, List<String> cells) {
            List<String> values = cells.stream().map(TabularFile::trimmed).toList();
            if (values.stream().allMatch(Objects::isNull)) {
                return;
            }
            if (columnAt == null) {
                header(values);
                return;
            }
            count();
            lines.add(line(rowNumber, values));
        }

        @Override
        public void malformed(int rowNumber) {
            if (columnAt == null) {
                above();
                return;
            }
            count();
            lines.add(StatementLine.bad(rowNumber, null, null, "import.row.malformed"));
        }

        StatementFile file() {
            if (columnAt == null) {
                throw missingColumns();
            }
            return new StatementFile(lines, unknownColumns);
        }

        private void count() {
            if (lines.size() == MAX_ROWS) {
                throw new BusinessException("import.file.tooManyRows", MAX_ROWS);
            }
        }

        private void above() {
            if (++rowsAbove > MAX_ROWS_ABOVE_HEADER) {
                throw missingColumns();
            }
        }

        private static BusinessException missingColumns() {
            return new BusinessException("import.file.missingColumns", StatementColumn.DATE.describe() + ", "
                    + StatementColumn.AMOUNT.describe() + " | " + StatementColumn.CREDIT.describe() + ", "
                    + StatementColumn.MEMO.describe());
        }

        /** Takes the row as the header if it names the columns a statement needs; a later repeat of a column is ignored. */
        private void header(List<String> cells) {
            StatementColumn[] found = new StatementColumn[cells.size()];
            List<StatementColumn> named = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                if (text == null) {
                    continue;
                }
                Optional<StatementColumn> column = StatementColumn.ofHeader(text);
                if (column.isEmpty() || named.contains(column.get())) {
                    unknown.add(text);
                } else {
                    found[i] = column.get();
                    named.add(column.get());
                }
            }
            if (named.contains(StatementColumn.DATE) && named.contains(StatementColumn.MEMO)
                    && (named.contains(StatementColumn.AMOUNT) || named.contains(StatementColumn.CREDIT))) {
                columnAt = found;
                unknownColumns.addAll(unknown);
            } else {
                above();
            }
        }

        private StatementLine line(int rowNumber, List<String> cells) {
            Map<StatementColumn, String> values = new EnumMap<>(StatementColumn.class);
            for (int i = 0; i < Math.min(cells.size(), columnAt.length); i++) {
                if (columnAt[i] != null && cells.get(i) != null) {
                    values.put(columnAt[i], cells.get(i));
                }
            }
            String payer = values.get(StatementColumn.PAYER_NAME);
            String memo = values.get(StatementColumn.MEMO);
            String day = values.get(StatementColumn.DATE);
            if (day == null) {
                return StatementLine.bad(rowNumber, payer, memo, "statement.line.noDate");
            }
            Optional<LocalDate> date = date(day);
            if (date.isEmpty()) {
                return StatementLine.bad(rowNumber, payer, memo, "statement.line.badDate", day);
            }
            String credit = values.getOrDefault(StatementColumn.CREDIT, values.get(StatementColumn.AMOUNT));
            String debit = values.get(StatementColumn.DEBIT);
            BigDecimal signed = BigDecimal.ZERO;
            if (credit != null) {
                Optional<BigDecimal> received = amount(credit);
                if (received.isEmpty()) {
                    return StatementLine.bad(rowNumber, payer, memo, "statement.line.badAmount", credit);
                }
                signed = received.get();
            }
            if (signed.signum() == 0 && debit != null) {
                // a debit column holds what went out, whatever its sign
                Optional<BigDecimal> paidOut = amount(debit);
                if (paidOut.isEmpty()) {
                    return StatementLine.bad(rowNumber, payer, memo, "statement.line.badAmount", debit);
                }
                signed = paidOut.get().abs().negate();
            }
            if (signed.signum() == 0) {
                return StatementLine.bad(rowNumber, payer, memo, "statement.line.noAmount");
            }
            return new StatementLine(rowNumber, date.get(), signed, payer, values.get(StatementColumn.PAYER_ACCOUNT), memo,
                    RemittanceReference.find(memo).orElse(null), null, List.of());
        }
    }
}
