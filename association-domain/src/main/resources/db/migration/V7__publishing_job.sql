-- Each job's row comes from the migration that introduces the job, so that the servers of a
-- deployment group starting together never race to make it (until now each server added it at its
-- start, and the second one failed on the duplicate key). A database where one did keeps its row.

INSERT INTO SCHEDULED_JOB (NAME, LAST_STARTED, STARTED_BY, RUNS)
SELECT 'publishing', CAST('2000-01-01 00:00:00' AS TIMESTAMP), CAST(NULL AS VARCHAR(100)), 0
FROM (VALUES (1)) AS ONE_ROW (X)
WHERE NOT EXISTS (SELECT 1 FROM SCHEDULED_JOB WHERE NAME = 'publishing');
