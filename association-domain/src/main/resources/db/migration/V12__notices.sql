-- Notices to a segment of the members. Staff write a subject and body per language; the segment is a set of
-- optional conditions on the member. Sending expands the segment into outbox rows a chunk of members at a time;
-- EXPANDED_TO is the highest member id expanded so far, committed with the chunk's rows, so a server that died
-- mid-way is resumed where it stopped. CLAIMED_BY and LEASE_UNTIL let one server expand at a time.
CREATE TABLE NOTICE (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    SUBJECT_ZH VARCHAR(200),
    SUBJECT_EN VARCHAR(200),
    BODY_ZH ${clob},
    BODY_EN ${clob},
    SEGMENT_KIND VARCHAR(12),
    SEGMENT_STATUS VARCHAR(12),
    SEGMENT_DEPARTMENT_ID BIGINT,
    SEGMENT_SPECIALTY VARCHAR(100),
    SEGMENT_INSTITUTION_TYPE VARCHAR(30),
    SEGMENT_DUE_DAYS INTEGER,
    STATUS VARCHAR(12) NOT NULL,
    SEND_AT TIMESTAMP,
    ARTICLE_ID BIGINT,
    EXPANDED_TO BIGINT NOT NULL,
    QUEUED_COUNT INTEGER NOT NULL,
    CLAIMED_BY VARCHAR(100),
    LEASE_UNTIL TIMESTAMP,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50)
);
CREATE INDEX NOTICE_DUE_IX ON NOTICE (STATUS, SEND_AT);

-- The key that signs the unsubscribe links, made once by the first server that needs it and shared by all.
CREATE TABLE MAIL_SECRET (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    NAME VARCHAR(30) NOT NULL,
    SECRET VARCHAR(100) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MAIL_SECRET_NAME_UQ UNIQUE (NAME)
);

-- A notice goes as text and HTML, with its unsubscribe address in the List-Unsubscribe header.
ALTER TABLE MAIL_MESSAGE ADD COLUMN HTML_BODY ${clob};
ALTER TABLE MAIL_MESSAGE ADD COLUMN UNSUBSCRIBE_URL VARCHAR(500);
