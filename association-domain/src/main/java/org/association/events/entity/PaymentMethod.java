package org.association.events.entity;

/** How a registration's fee was paid (or refunded). */
public enum PaymentMethod {
    BANK_TRANSFER,
    WECHAT,
    ALIPAY,
    CASH,
    POS,
    /** 公务卡: the state employee's official card, with which a hospital's staff pay fees it reimburses. */
    OFFICIAL_CARD
}
