package org.association.dues.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * One line of a bank statement as read: its row number as the user sees it (the header is row 1), the day, the amount
 * (positive for money received, negative for money paid out), the payer's name and account, the memo and the remittance
 * reference found in it (null when none). A line that could not be read has a message key of {@code messages} with its
 * arguments instead of its values.
 */
public record StatementLine(int rowNumber, LocalDate date, BigDecimal amount, String payerName, String payerAccount,
        String memo, String reference, String problem, List<Object> problemArguments) {

    public StatementLine {
        problemArguments = List.copyOf(problemArguments);
    }

    static StatementLine bad(int rowNumber, String payerName, String memo, String problem, Object... arguments) {
        return new StatementLine(rowNumber, null, null, payerName, null, memo, null, problem, List.of(arguments));
    }

    public boolean isReadable() {
        return problem == null;
    }

    public boolean isCredit() {
        return isReadable() && amount.signum() > 0;
    }

    /**
     * What tells this bank line from any other: a hash of its day, amount, payer's account and memo. The same line in a
     * later export of an overlapping period hashes alike, so it cannot pay twice.
     */
    public String fingerprint() {
        String line = date + "\n" + amount.toPlainString() + "\n" + (payerAccount == null ? "" : payerAccount) + "\n"
                + (memo == null ? "" : memo);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
