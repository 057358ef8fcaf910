package org.association.dues.entity;

/** An online order is CREATED when the member starts to pay and PAID once its provider's signed callback said so. */
public enum OnlinePaymentState {
    CREATED,
    PAID
}
