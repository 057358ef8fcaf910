package org.association.dues.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.association.dues.entity.InvoiceStatus;
import org.association.dues.entity.PaymentState;
import org.association.events.entity.PaymentMethod;

/**
 * An invoice as its member sees it: what to pay, to which account, quoting which reference; the payments recorded
 * against it, pending or confirmed, with their fiscal receipts' numbers.
 */
public record InvoiceView(long id, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, BigDecimal outstanding,
        LocalDate dueOn, String reference, InvoiceStatus status, BankAccount account, List<PaymentView> payments)
        implements Serializable {

    public InvoiceView {
        payments = List.copyOf(payments);
    }

    /** A payment of the invoice; the receipt's number and date are null until the fiscal receipt was issued. */
    public record PaymentView(long id, BigDecimal amount, PaymentMethod method, LocalDate paidOn, String reference,
            PaymentState state, LocalDateTime confirmedAt, String receiptNumber, LocalDate receiptDate)
            implements Serializable {
    }
}
