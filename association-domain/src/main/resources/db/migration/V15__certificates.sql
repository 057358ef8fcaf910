-- CME credits and certificates. Staff confirm who attended (ATTENDED); an attendee is awarded the event's CME
-- category and points as they were then (kept on the registration, so a later change to the event leaves awarded
-- credits alone). A certificate is the random verification code (base64url, 192 bits) and when it was issued;
-- its PDF is drawn again on every download from these columns.
ALTER TABLE EVENT_REGISTRATION ADD COLUMN ATTENDED BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE EVENT_REGISTRATION ADD COLUMN CME_CATEGORY VARCHAR(20);
ALTER TABLE EVENT_REGISTRATION ADD COLUMN CME_POINTS DECIMAL(5, 1);
ALTER TABLE EVENT_REGISTRATION ADD COLUMN CERTIFICATE_CODE VARCHAR(32);
ALTER TABLE EVENT_REGISTRATION ADD COLUMN CERTIFICATE_ISSUED_AT TIMESTAMP;
ALTER TABLE EVENT_REGISTRATION ADD CONSTRAINT REGISTRATION_CERTIFICATE_UQ UNIQUE (CERTIFICATE_CODE);
-- a member's credits per year
CREATE INDEX REGISTRATION_MEMBER_IX ON EVENT_REGISTRATION (MEMBER_ID, ATTENDED);
