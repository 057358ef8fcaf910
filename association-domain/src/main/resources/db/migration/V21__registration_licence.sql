-- A physician's licence number (执业证书编码) on the registration: it finds them in the register when they give no
-- member number, and it is what CME credit is reported under.
ALTER TABLE EVENT_REGISTRATION ADD COLUMN LICENCE_NUMBER VARCHAR(15);
