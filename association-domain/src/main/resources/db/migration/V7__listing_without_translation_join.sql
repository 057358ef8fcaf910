-- A reader's list shows an article in its own language, and in the other language only while its translation is not
-- published (PublishedArticles). Asked through a join to the translation, Derby read and sorted every listed article of
-- the channels for a page of 20: 1.3-2.6 s for a channel or the home page at 100,000 articles, after every change.
-- Whether an article's translation is published is kept on the article (ArticleService keeps it), so a list reads one
-- index in its order and stops after its page, and the article rows of that page only.
ALTER TABLE ARTICLE ADD COLUMN TRANSLATION_PUBLISHED BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE ARTICLE SET TRANSLATION_PUBLISHED = TRUE WHERE TRANSLATION_ID IN (SELECT ID FROM ARTICLE WHERE STATUS = 'PUBLISHED');

-- channel pages: pinned first, then newest first
CREATE INDEX ARTICLE_LISTING_IX ON ARTICLE (STATUS, PINNED DESC, PUBLISHED_AT DESC, ID DESC, CHANNEL_ID, LANGUAGE, TRANSLATION_PUBLISHED);
-- the home page's sections, feeds and the API: newest first; with the columns lists filter by, so they read no rows
DROP INDEX ARTICLE_STATUS_NEWEST_IX;
CREATE INDEX ARTICLE_STATUS_NEWEST_IX ON ARTICLE (STATUS, PUBLISHED_AT DESC, ID DESC, CHANNEL_ID, LANGUAGE, TRANSLATION_PUBLISHED);
