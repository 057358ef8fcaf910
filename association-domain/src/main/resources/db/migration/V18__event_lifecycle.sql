-- A place freed on a full type is offered to the first on its waiting list (STATUS 'OFFERED', which holds the place
-- in TAKEN) until OFFER_EXPIRES_AT; an offer not confirmed by then passes to the next. An event the association
-- cancels keeps the reason it gave everyone registered.
ALTER TABLE EVENT_REGISTRATION ADD COLUMN OFFER_EXPIRES_AT TIMESTAMP;
CREATE INDEX REGISTRATION_OFFER_IX ON EVENT_REGISTRATION (STATUS, OFFER_EXPIRES_AT);
ALTER TABLE EVENT ADD COLUMN CANCELLATION_REASON VARCHAR(1000);

-- the job that passes lapsed offers on and queues the reminders of the day before (see EventSchedule)
INSERT INTO SCHEDULED_JOB (NAME, LAST_STARTED, STARTED_BY, RUNS)
SELECT 'event-lifecycle', CAST('2000-01-01 00:00:00' AS TIMESTAMP), CAST(NULL AS VARCHAR(100)), 0
FROM (VALUES (1)) AS ONE_ROW (X)
WHERE NOT EXISTS (SELECT 1 FROM SCHEDULED_JOB WHERE NAME = 'event-lifecycle');
