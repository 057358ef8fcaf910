-- Payments of event registrations, recorded by staff (or later by an online provider's callback through the same
-- service method). Append-only: a refund is a record with a negative amount, never a deletion. A reference is
-- unique per registration, so the same transfer (or the same provider notice, delivered twice) is recorded once;
-- payments without a reference (NULL) are not compared.
CREATE TABLE EVENT_PAYMENT (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    REGISTRATION_ID BIGINT NOT NULL,
    AMOUNT DECIMAL(10, 2) NOT NULL,
    METHOD VARCHAR(20) NOT NULL,
    PAID_ON DATE NOT NULL,
    REFERENCE VARCHAR(100),
    CONFIRMED_BY VARCHAR(50) NOT NULL,
    CONFIRMED_AT TIMESTAMP NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT EVENT_PAYMENT_REFERENCE_UQ UNIQUE (REGISTRATION_ID, REFERENCE),
    CONSTRAINT EVENT_PAYMENT_REGISTRATION_FK FOREIGN KEY (REGISTRATION_ID) REFERENCES EVENT_REGISTRATION (ID)
);
