-- The one row that every application from the public form updates before it counts its address's recent
-- attempts (MemberService): the database holds that row's lock until the application's transaction ends, so
-- applications sent at once, to any server of a cluster, are counted one after the other.
CREATE TABLE APPLICATION_LIMIT (
    ID INTEGER NOT NULL PRIMARY KEY,
    APPLICATIONS BIGINT NOT NULL
);
INSERT INTO APPLICATION_LIMIT (ID, APPLICATIONS) VALUES (1, 0);
