package org.association.dues.control;

import java.math.BigDecimal;

/** What matching a statement needs of an invoice: which it is, whose, and what it still asks for. */
public record OpenInvoice(long id, String reference, String memberName, BigDecimal outstanding) {
}
