-- The people who sign in to the member portal for an institutional member: named contacts, each with their own
-- address (an individual member signs in with the member's own address).
CREATE TABLE MEMBER_CONTACT (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    MEMBER_ID BIGINT NOT NULL,
    NAME VARCHAR(100) NOT NULL,
    EMAIL VARCHAR(254) NOT NULL,
    PHONE VARCHAR(30),
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MEMBER_CONTACT_EMAIL_UQ UNIQUE (EMAIL),
    CONSTRAINT MEMBER_CONTACT_MEMBER_FK FOREIGN KEY (MEMBER_ID) REFERENCES MEMBER (ID)
);
CREATE INDEX MEMBER_CONTACT_MEMBER_IX ON MEMBER_CONTACT (MEMBER_ID);

-- Every request for a sign-in link, kept a day for the limits per address and per member. The address is kept
-- only as a hash. A request for an address that no member has has no member and no token: it is counted all the
-- same, so the limit says nothing about who is registered. The token and the browser's nonce are kept as hashes.
CREATE TABLE MEMBER_SIGN_IN (
    ID BIGINT NOT NULL PRIMARY KEY,
    ADDRESS_HASH VARCHAR(64) NOT NULL,
    MEMBER_ID BIGINT,
    CONTACT_ID BIGINT,
    TOKEN_HASH VARCHAR(64),
    BROWSER_HASH VARCHAR(64) NOT NULL,
    REQUESTED_AT TIMESTAMP NOT NULL,
    EXPIRES_AT TIMESTAMP NOT NULL,
    USED_AT TIMESTAMP,
    CONSTRAINT MEMBER_SIGN_IN_TOKEN_UQ UNIQUE (TOKEN_HASH)
);
CREATE INDEX MEMBER_SIGN_IN_ADDRESS_IX ON MEMBER_SIGN_IN (ADDRESS_HASH, REQUESTED_AT);
CREATE INDEX MEMBER_SIGN_IN_MEMBER_IX ON MEMBER_SIGN_IN (MEMBER_ID, REQUESTED_AT);

-- The password a member (or an institution's contact) may set besides signing in by link; one per signer, named as
-- the portal names its caller (member:{id} or member:{id}:{contact}). Only its PBKDF2 hash is kept.
CREATE TABLE MEMBER_PASSWORD (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    SIGNER VARCHAR(50) NOT NULL,
    MEMBER_ID BIGINT NOT NULL,
    PASSWORD_HASH VARCHAR(255) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MEMBER_PASSWORD_SIGNER_UQ UNIQUE (SIGNER),
    CONSTRAINT MEMBER_PASSWORD_MEMBER_FK FOREIGN KEY (MEMBER_ID) REFERENCES MEMBER (ID)
);
