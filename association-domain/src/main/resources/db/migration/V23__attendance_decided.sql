-- Whether staff have decided a registration's attendance (ticked or unticked it, or confirmed it from the check-ins):
-- until then a check-in presumes it; afterwards their decision stands, an untick of someone checked in too.
ALTER TABLE EVENT_REGISTRATION ADD COLUMN ATTENDANCE_DECIDED BOOLEAN DEFAULT FALSE NOT NULL;
