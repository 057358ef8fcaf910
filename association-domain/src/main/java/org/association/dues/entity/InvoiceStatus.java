package org.association.dues.entity;

/** Where an invoice stands, derived from its confirmed payments, refunds and write-offs (see {@link Invoice#settle}). */
public enum InvoiceStatus {
    OUTSTANDING,
    PART_PAID,
    PAID,
    /** What was not paid was given up, with a reason. */
    WRITTEN_OFF
}
