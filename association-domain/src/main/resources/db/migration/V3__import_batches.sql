-- Member imports: the uploaded file is kept with its batch, so that the preview can be shown again on
-- any server of a cluster and the commit imports exactly the file that was previewed. Audit entries
-- written by an import name their batch, which is how a batch is reverted.
CREATE TABLE IMPORT_BATCH (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    FILE_NAME VARCHAR(255) NOT NULL,
    CONTENT ${blob} NOT NULL,
    STATUS VARCHAR(12) NOT NULL,
    NEW_ROWS INTEGER NOT NULL,
    UPDATED_ROWS INTEGER NOT NULL,
    UNCHANGED_ROWS INTEGER NOT NULL,
    ERROR_ROWS INTEGER NOT NULL,
    COMMITTED_AT TIMESTAMP,
    REVERTED_AT TIMESTAMP,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(50),
    UPDATED_AT TIMESTAMP,
    UPDATED_BY VARCHAR(50)
);

ALTER TABLE AUDIT_ENTRY ADD COLUMN BATCH_ID BIGINT;
CREATE INDEX AUDIT_BATCH_IX ON AUDIT_ENTRY (BATCH_ID);
-- the audit log is searched by who did it
CREATE INDEX AUDIT_ACTOR_IX ON AUDIT_ENTRY (ACTOR, OCCURRED_AT);
