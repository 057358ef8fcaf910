-- Check-in at the desk: when and by which member of staff. A check-in is one conditional update (only while
-- CHECKED_IN_AT is null), so of two staff checking one person in at once exactly one succeeds. The attendance that
-- staff confirm after the event starts from these.
ALTER TABLE EVENT_REGISTRATION ADD COLUMN CHECKED_IN_AT TIMESTAMP;
ALTER TABLE EVENT_REGISTRATION ADD COLUMN CHECKED_IN_BY VARCHAR(50);
