-- The display size of a photo (a JPEG of at most 1280 pixels a side) that the article gallery shows instead
-- of the original, kept in the database as the thumbnail is, so that every server of a cluster has it. Rows
-- stored before it get theirs when it is first asked for.
ALTER TABLE ATTACHMENT_DATA ADD COLUMN DISPLAY_IMAGE ${blob};
