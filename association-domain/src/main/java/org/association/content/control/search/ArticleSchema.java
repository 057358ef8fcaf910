package org.association.content.control.search;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.association.content.control.HtmlSanitizer;

/**
 * How an article is kept in the index: its fields, and how each text is analyzed.
 *
 * <p>Each text (title, summary, plain-text body) is indexed twice: by {@link SmartChineseAnalyzer}, which finds Chinese
 * words and stems English ones, and, when it has Chinese, by {@link CJKAnalyzer}, whose overlapping pairs of characters
 * find what the word segmentation keeps inside longer words ("学会" in "医学会", "秘书" in "秘书长", "血管" in "心血管").
 * Only the plain-text title, summary and body are stored, once each.
 */
final class ArticleSchema {

    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String CHANNEL = "channel";
    static final String SLUG = "slug";
    static final String PUBLISHED_AT = "publishedAt";
    static final String UPDATED_AT = "updatedAt";
    /** Stamped on every document; a rebuild raises it, then deletes what has an older one. */
    static final String GENERATION = "generation";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String[] TEXTS = {TITLE, SUMMARY, BODY};
    /** The title weighs most. */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, SUMMARY, 1.5f, BODY, 1f);
    /** The suffix of the character-pair twin of each text field. */
    static final String PAIRS = ".cjk";
    /** The stored fields a hit shows: all but the body, which is long and needed only now and then. */
    static final Set<String> SHOWN = Set.of(ID, LANGUAGE, CHANNEL, SLUG, PUBLISHED_AT, TITLE, SUMMARY);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Offsets in the postings let the highlighter mark matches without analyzing the text again. */
    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType PAIRS_TEXT = textType(false);

    private ArticleSchema() {
    }

    /** The analyzer of the index: {@code pairs} for the pair twins, {@code words} for every other field. */
    static Analyzer analyzer(Analyzer words, Analyzer pairs) {
        return new PerFieldAnalyzerWrapper(words, Map.of(TITLE + PAIRS, pairs, SUMMARY + PAIRS, pairs, BODY + PAIRS, pairs));
    }

    static Document document(IndexedArticle article, long generation) {
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        document.add(new StoredField(LANGUAGE, article.language().name()));
        document.add(new StoredField(CHANNEL, article.channelSlug()));
        document.add(new StoredField(SLUG, article.slug()));
        document.add(new StoredField(PUBLISHED_AT, article.publishedAt().toString()));
        document.add(new NumericDocValuesField(UPDATED_AT, encode(article.updatedAt())));
        document.add(new LongPoint(GENERATION, generation));
        addText(document, TITLE, article.title());
        addText(document, SUMMARY, article.summary());
        addText(document, BODY, HtmlSanitizer.toPlainText(article.bodyHtml()));
        return document;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** Nanoseconds since 1970 as if in UTC: exact, ordered, and good until the year 2262. */
    static long encode(LocalDateTime time) {
        return Math.addExact(Math.multiplyExact(time.toEpochSecond(ZoneOffset.UTC), NANOS_PER_SECOND), time.getNano());
    }

    static LocalDateTime decode(long nanos) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND),
                (int) Math.floorMod(nanos, NANOS_PER_SECOND), ZoneOffset.UTC);
    }

    /** Pairs are for Chinese: without it, they would only repeat the words, and cost as much again. */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void addText(Document document, String field, String text) {
        if (text != null && !text.isBlank()) {
            document.add(new Field(field, text, STORED_TEXT));
            if (hasHan(text)) {
                document.add(new Field(field + PAIRS, text, PAIRS_TEXT));
            }
        }
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
