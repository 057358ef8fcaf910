package org.association.dues.entity;

/** A payment counts towards its invoice only once staff confirmed that the money arrived. */
public enum PaymentState {
    RECORDED,
    CONFIRMED
}
