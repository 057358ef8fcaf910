package org.association.dues.entity;

/**
 * A payment counts towards its invoice only once staff confirmed that the money arrived. A confirmed payment that was
 * recorded by mistake (a bank statement's import reverted) is reversed: it stays, and counts no more.
 */
public enum PaymentState {
    RECORDED,
    CONFIRMED,
    REVERSED
}
