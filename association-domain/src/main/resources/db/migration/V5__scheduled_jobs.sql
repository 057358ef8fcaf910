-- Work that the servers of a deployment group must do once between them, not once each: a server
-- runs a job only when it is the one that moves the job's last start forward (see ScheduledJobs).

CREATE TABLE SCHEDULED_JOB (
    NAME VARCHAR(50) NOT NULL PRIMARY KEY,
    LAST_STARTED TIMESTAMP NOT NULL,
    STARTED_BY VARCHAR(100),
    RUNS BIGINT NOT NULL
);
