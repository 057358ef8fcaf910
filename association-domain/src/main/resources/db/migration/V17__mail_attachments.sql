-- Files that go with an outbox mail: attachments, and images shown inside its HTML by their Content-ID. Written
-- in the transaction of the mail, so a change that rolls back leaves neither. ATTACHMENTS on the mail counts them,
-- so that the sender reads this table only for the mails that have some, and the log lists mails without it.
ALTER TABLE MAIL_MESSAGE ADD COLUMN ATTACHMENTS INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE MAIL_ATTACHMENT (
    ID BIGINT NOT NULL PRIMARY KEY,
    MAIL_ID BIGINT NOT NULL,
    POSITION INTEGER NOT NULL,
    FILE_NAME VARCHAR(255) NOT NULL,
    CONTENT_TYPE VARCHAR(100) NOT NULL,
    CONTENT_ID VARCHAR(100),
    SIZE_BYTES INTEGER NOT NULL,
    CONTENT ${blob} NOT NULL,
    CONSTRAINT MAIL_ATTACHMENT_MAIL_FK FOREIGN KEY (MAIL_ID) REFERENCES MAIL_MESSAGE (ID),
    CONSTRAINT MAIL_ATTACHMENT_POSITION_UQ UNIQUE (MAIL_ID, POSITION)
);
