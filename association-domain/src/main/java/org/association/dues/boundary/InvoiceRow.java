package org.association.dues.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.dues.entity.InvoiceStatus;

/** An invoice as the staff's list shows it, with its member's number and name. */
public record InvoiceRow(long id, String memberNumber, String memberName, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal amount, BigDecimal paid, LocalDate dueOn, String reference, InvoiceStatus status) implements Serializable {
}
