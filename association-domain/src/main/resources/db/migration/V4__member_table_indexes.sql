-- The staff's member table at 100,000 members: its default order (member number) and the name order, each with the
-- id that makes the order total, read straight from an index in either direction instead of sorting every member
-- for one page of 25. Derby scans an index forwards only, hence the descending twins.
CREATE INDEX MEMBER_NUMBER_ORDER_IX ON MEMBER (MEMBER_NUMBER, ID);
CREATE INDEX MEMBER_NUMBER_DESC_IX ON MEMBER (MEMBER_NUMBER DESC, ID DESC);
CREATE INDEX MEMBER_NAME_ORDER_IX ON MEMBER (NAME, ID);
CREATE INDEX MEMBER_NAME_DESC_IX ON MEMBER (NAME DESC, ID DESC);
-- the name order covers what MEMBER_NAME_IX did (finding names by their start)
DROP INDEX MEMBER_NAME_IX;
