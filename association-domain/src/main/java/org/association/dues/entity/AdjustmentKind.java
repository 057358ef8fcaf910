package org.association.dues.entity;

/** What an adjustment does to an invoice: money paid back, or an amount given up. */
public enum AdjustmentKind {
    REFUND,
    WRITE_OFF
}
