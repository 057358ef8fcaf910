-- The outbox: every mail is a row written in the same transaction as the change that causes it, so a change
-- that rolls back leaves no mail. The sender claims a row with a lease (CLAIMED_BY, LEASE_UNTIL) by a conditional
-- update, so one server of a cluster sends it; MESSAGE_ID stays the same through every attempt, so that a mail
-- sent again after a crash can be recognized. DEDUP_KEY makes a mail that must go once (a renewal reminder per
-- member, expiry date and kind; a weekly digest) a unique row, whatever servers or restarts there are.
CREATE TABLE MAIL_MESSAGE (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    RECIPIENT VARCHAR(254) NOT NULL,
    RECIPIENT_NAME VARCHAR(100),
    MEMBER_ID BIGINT,
    LANGUAGE VARCHAR(2) NOT NULL,
    CAUSE VARCHAR(30) NOT NULL,
    SUBJECT VARCHAR(200) NOT NULL,
    BODY ${clob} NOT NULL,
    STATUS VARCHAR(12) NOT NULL,
    ATTEMPTS INTEGER NOT NULL,
    LAST_ERROR VARCHAR(500),
    NEXT_ATTEMPT_AT TIMESTAMP NOT NULL,
    CLAIMED_BY VARCHAR(100),
    LEASE_UNTIL TIMESTAMP,
    SENT_AT TIMESTAMP,
    MESSAGE_ID VARCHAR(100) NOT NULL,
    DEDUP_KEY VARCHAR(100),
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MAIL_MESSAGE_ID_UQ UNIQUE (MESSAGE_ID),
    CONSTRAINT MAIL_DEDUP_UQ UNIQUE (DEDUP_KEY)
);
-- the sender's query, the throttle's count of the last minute, a member's mails, the log's newest first
CREATE INDEX MAIL_DUE_IX ON MAIL_MESSAGE (STATUS, NEXT_ATTEMPT_AT);
CREATE INDEX MAIL_SENT_IX ON MAIL_MESSAGE (SENT_AT);
CREATE INDEX MAIL_MEMBER_IX ON MAIL_MESSAGE (MEMBER_ID);
CREATE INDEX MAIL_CREATED_IX ON MAIL_MESSAGE (CREATED_AT);

-- The texts an administrator changed; a cause and language without a row uses the text the application ships.
CREATE TABLE MAIL_TEMPLATE (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    CAUSE VARCHAR(30) NOT NULL,
    LANGUAGE VARCHAR(2) NOT NULL,
    SUBJECT VARCHAR(200) NOT NULL,
    BODY ${clob} NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MAIL_TEMPLATE_UQ UNIQUE (CAUSE, LANGUAGE)
);

-- A member as a recipient of mail: the language they wrote in, whether they take notices, and whether their
-- address was refused by a mail server (a hard SMTP refusal), so staff can ask for a new one.
CREATE TABLE MAIL_RECIPIENT (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    MEMBER_ID BIGINT NOT NULL,
    LANGUAGE VARCHAR(2) NOT NULL,
    NOTICES BOOLEAN NOT NULL,
    FAILING_ADDRESS VARCHAR(254),
    FAILURE VARCHAR(500),
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50),
    CONSTRAINT MAIL_RECIPIENT_MEMBER_UQ UNIQUE (MEMBER_ID)
);

INSERT INTO SCHEDULED_JOB (NAME, LAST_STARTED, STARTED_BY, RUNS)
SELECT 'mail-sender', CAST('2000-01-01 00:00:00' AS TIMESTAMP), CAST(NULL AS VARCHAR(100)), 0
FROM (VALUES (1)) AS ONE_ROW (X)
WHERE NOT EXISTS (SELECT 1 FROM SCHEDULED_JOB WHERE NAME = 'mail-sender');
INSERT INTO SCHEDULED_JOB (NAME, LAST_STARTED, STARTED_BY, RUNS)
SELECT 'mail-reminders', CAST('2000-01-01 00:00:00' AS TIMESTAMP), CAST(NULL AS VARCHAR(100)), 0
FROM (VALUES (1)) AS ONE_ROW (X)
WHERE NOT EXISTS (SELECT 1 FROM SCHEDULED_JOB WHERE NAME = 'mail-reminders');
