-- Online payment through a payment provider (PaymentProvider): an order per attempt to pay an invoice, named by the
-- provider and our order id (unique together: a callback finds exactly one). The order moves CREATED -> PAID once, by
-- a conditional update of its row, so a callback delivered twice or several at once confirms the invoice's payment
-- once; PAYMENT_ID is the dues payment that the confirmation recorded (unique: one payment per order). REFUNDED is
-- what was paid back through the provider; each refund is also a dues adjustment (append-only).
CREATE TABLE DUES_ONLINE_PAYMENT (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    INVOICE_ID BIGINT NOT NULL,
    PROVIDER VARCHAR(20) NOT NULL,
    ORDER_ID VARCHAR(40) NOT NULL,
    AMOUNT NUMERIC(12, 2) NOT NULL,
    STATE VARCHAR(12) NOT NULL,
    TRANSACTION_ID VARCHAR(64),
    PAID_AT TIMESTAMP,
    PAYMENT_ID BIGINT,
    REFUNDED NUMERIC(12, 2) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT DUES_ONLINE_ORDER_UQ UNIQUE (PROVIDER, ORDER_ID),
    CONSTRAINT DUES_ONLINE_PAYMENT_UQ UNIQUE (PAYMENT_ID),
    CONSTRAINT DUES_ONLINE_INVOICE_FK FOREIGN KEY (INVOICE_ID) REFERENCES DUES_INVOICE (ID),
    CONSTRAINT DUES_ONLINE_PAYMENT_FK FOREIGN KEY (PAYMENT_ID) REFERENCES DUES_PAYMENT (ID)
);
CREATE INDEX DUES_ONLINE_INVOICE_IX ON DUES_ONLINE_PAYMENT (INVOICE_ID);

-- An institution's contact's request to add a contact (the person's name, address, phone and title) or to remove one
-- (CONTACT_ID; no key to it, for the approval deletes that contact), decided by MEMBERSHIP staff. The requester's
-- name and address are kept, so that the decision reaches them even when they are no longer a contact.
CREATE TABLE MEMBER_CONTACT_REQUEST (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    MEMBER_ID BIGINT NOT NULL,
    KIND VARCHAR(10) NOT NULL,
    STATUS VARCHAR(10) NOT NULL,
    CONTACT_ID BIGINT,
    NAME VARCHAR(100) NOT NULL,
    EMAIL VARCHAR(254) NOT NULL,
    PHONE VARCHAR(30),
    TITLE VARCHAR(100),
    REQUESTER_ID BIGINT NOT NULL,
    REQUESTER_NAME VARCHAR(100) NOT NULL,
    REQUESTER_EMAIL VARCHAR(254) NOT NULL,
    REJECT_REASON VARCHAR(500),
    DECIDED_BY VARCHAR(50),
    DECIDED_AT TIMESTAMP,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MEMBER_CONTACT_REQUEST_FK FOREIGN KEY (MEMBER_ID) REFERENCES MEMBER (ID)
);
CREATE INDEX MEMBER_CONTACT_REQUEST_IX ON MEMBER_CONTACT_REQUEST (MEMBER_ID, STATUS);
CREATE INDEX MEMBER_CONTACT_REQUEST_ST_IX ON MEMBER_CONTACT_REQUEST (STATUS, CREATED_AT);

-- a contact's role or title at the institution (财务负责人, 院办主任)
ALTER TABLE MEMBER_CONTACT ADD COLUMN TITLE VARCHAR(100);
