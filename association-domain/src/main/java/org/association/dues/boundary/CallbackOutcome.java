package org.association.dues.boundary;

/** What a payment provider's callback did; only the first two are the provider's. */
public enum CallbackOutcome {
    /** The order was paid now: its payment is recorded and confirmed. */
    CONFIRMED,
    /** The same callback again (or one of several at once): it was confirmed before, nothing changed. */
    ALREADY_CONFIRMED,
    /** Not signed by the provider (forged, tampered or unsigned): nothing changed. */
    BAD_SIGNATURE,
    /** No provider of that name is in use. */
    UNKNOWN_PROVIDER,
    /** Signed, but for no order of ours. */
    UNKNOWN_ORDER,
    /** Signed, but for another amount than the order's. */
    WRONG_AMOUNT;

    /** Whether the provider is told that the callback was taken (so it stops sending it). */
    public boolean isTaken() {
        return this == CONFIRMED || this == ALREADY_CONFIRMED;
    }
}
