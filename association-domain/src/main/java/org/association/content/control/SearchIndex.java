package org.association.content.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.association.content.entity.Language;

/**
 * The full-text index of published articles, in Chinese and English, on a Lucene {@link Directory}.
 *
 * <p>Each text (title, summary, plain-text body) is indexed twice: by {@link SmartChineseAnalyzer}, which finds Chinese
 * words and stems English ones, and, when it has Chinese, by {@link CJKAnalyzer}, whose overlapping pairs of characters
 * find what the word segmentation keeps inside longer words ("学会" in "医学会", "秘书" in "秘书长", "血管" in "心血管").
 * A query matches through either; the title weighs most. Only the plain-text title, summary and body are stored, once
 * each.
 *
 * <p>One {@link IndexWriter} serves all writes, which are serialized and each committed, so a write is visible to the
 * next search and survives a restart. Searches run concurrently on the latest searcher and never wait for writes.
 * The caller owns the directory and closes it after this index.
 */
public final class SearchIndex implements AutoCloseable {

    /** Longer queries are cut: nobody types more, and every word adds clauses. */
    public static final int MAX_QUERY_CHARS = 200;
    /** Totals are counted exactly up to here, and pages end here: deeper paging would only cost memory. */
    public static final int MAX_HITS = 10_000;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int SNIPPET_CHARS = 200;

    /** Per analyzer, which keeps a pasted paragraph well under Lucene's limit of 1,024 clauses. */
    private static final int MAX_QUERY_TERMS = 32;
    /** The query's words standing together as typed is the strongest sign of what was meant. */
    private static final float PHRASE_BOOST = 2f;
    /** Enough for the pages anyone reads; always the same, so that the pages agree with each other. */
    private static final int RERANK_WINDOW = 100;
    private static final float TIE_BREAKER = 0.1f;
    /** A match that only the character pairs see, where SmartCN segmented the text otherwise than the question. */
    private static final float PAIRS_ONLY_BOOST = 0.5f;

    private static final String ID = "id";
    private static final String LANGUAGE = "language";
    private static final String CHANNEL = "channel";
    private static final String SLUG = "slug";
    private static final String PUBLISHED_AT = "publishedAt";
    private static final String UPDATED_AT = "updatedAt";
    private static final String GENERATION = "generation";
    private static final String TITLE = "title";
    private static final String SUMMARY = "summary";
    private static final String BODY = "body";
    private static final String[] TEXTS = {TITLE, SUMMARY, BODY};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, SUMMARY, 1.5f, BODY, 1f);
    /** The suffix of the character-pair twin of each text field. */
    private static final String PAIRS = ".cjk";
    /** The stored fields a hit shows: all but the body, which is long and needed only now and then. */
    private static final Set<String> SHOWN = Set.of(ID, LANGUAGE, CHANNEL, SLUG, PUBLISHED_AT, TITLE, SUMMARY);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int ANALYSIS_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int ANALYSIS_BATCH = 100;
    /** Fewer, larger segments while a rebuild writes 100,000 articles: less merging. */
    private static final double WRITE_BUFFER_MB = 48;
    private static final int SEGMENTS_MERGED_AT_ONCE = 3;

    /** Offsets in the postings let the highlighter mark matches without analyzing the text again. */
    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType PAIRS_TEXT = textType(false);

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer pairs = new CJKAnalyzer();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(words,
            Map.of(TITLE + PAIRS, pairs, SUMMARY + PAIRS, pairs, BODY + PAIRS, pairs));
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** Stamped on every document; a rebuild raises it, then deletes what has an older one. Guarded by writeLock. */
    private long generation;

    /** Opens the index in {@code directory}, creating it when there is none. */
    public SearchIndex(Directory directory) {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(WRITE_BUFFER_MB)
                    .setMergePolicy(mergePolicy()));
            for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
                if (GENERATION.equals(entry.getKey())) {
                    generation = Long.parseLong(entry.getValue());
                }
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /**
     * Every committed change makes a small segment, and a search looks up each of its terms in every segment: with
     * eleven small ones beside the large one a search took 28 % more processor. The default policy allows a dozen
     * segments to an index of this size; this one merges small segments three at a time, and a rebuild is as fast.
     */
    private static MergePolicy mergePolicy() {
        LogByteSizeMergePolicy policy = new LogByteSizeMergePolicy();
        policy.setMergeFactor(SEGMENTS_MERGED_AT_ONCE);
        return policy;
    }

    /**
     * Adds {@code articles}, each replacing the one with its id, and removes the articles {@code removed}, in one
     * commit: one new segment for them all, and each segment costs every search a look-up of each of its terms.
     */
    public void update(Collection<IndexedArticle> articles, Collection<Long> removed) {
        write(() -> {
            for (IndexedArticle article : articles) {
                writer.updateDocument(idTerm(article.id()), document(article));
            }
            for (long id : removed) {
                writer.deleteDocuments(idTerm(id));
            }
        });
    }

    /**
     * Replaces the whole index by {@code articles}, in one commit: searches see the old index until the new one is
     * complete. If the stream fails half-way, the articles read so far are updated and nothing is lost. The caller
     * closes the stream. Other writes wait meanwhile. The texts are analyzed on all cores: the Chinese word
     * segmentation is most of the cost, and one thread would take minutes for 100,000 articles.
     */
    public void replaceAll(Stream<IndexedArticle> articles) {
        write(() -> {
            generation++;
            // recorded before anything else is committed, so no later commit can leave this generation unaccounted for
            writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
            // plain threads, not the container's: they live only for this call, and Lucene's merges run on its own too
            ExecutorService analysts = Executors.newFixedThreadPool(ANALYSIS_THREADS);
            try {
                addAll(articles, analysts);
            } finally {
                analysts.shutdown();
            }
            writer.deleteDocuments(LongPoint.newRangeQuery(GENERATION, Long.MIN_VALUE, generation - 1));
            // the analysts flush a dozen segments, and a query looks up each of its terms in every one: at 100,000
            // articles, finding took twice as long as in one segment. The merge takes seconds; searches go on meanwhile.
            writer.forceMerge(1);
        });
    }

    /** Hands the articles to the analysts in batches, a few at a time, and waits until all are written. */
    private void addAll(Stream<IndexedArticle> articles, ExecutorService analysts) throws IOException {
        Semaphore inFlight = new Semaphore(ANALYSIS_THREADS * 2);
        List<Future<?>> written = new ArrayList<>();
        List<IndexedArticle> batch = new ArrayList<>(ANALYSIS_BATCH);
        try {
            for (Iterator<IndexedArticle> it = articles.iterator(); it.hasNext();) {
                batch.add(it.next());
                if (batch.size() == ANALYSIS_BATCH) {
                    written.add(submit(batch, analysts, inFlight));
                    batch = new ArrayList<>(ANALYSIS_BATCH);
                }
            }
        } finally {
            // also when the stream failed: what was read is written before the commit
            if (!batch.isEmpty()) {
                written.add(submit(batch, analysts, inFlight));
            }
            awaitAll(written);
        }
    }

    private Future<?> submit(List<IndexedArticle> batch, ExecutorService analysts, Semaphore inFlight) throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("rebuilding the search index was interrupted");
        }
        return analysts.submit(() -> {
            try {
                for (IndexedArticle article : batch) {
                    writer.updateDocument(idTerm(article.id()), document(article));
                }
            } finally {
                inFlight.release();
            }
            return null;
        });
    }

    private static void awaitAll(List<Future<?>> tasks) throws IOException {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("rebuilding the search index was interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * The page {@code page} (from 1) of the articles that match {@code userQuery}, best first. The query is plain
     * text, never syntax: its words are analyzed like the texts, and an article must hold most of them (all of up to
     * three, three quarters of more), in any text and through either analysis; ranked by BM25 (of the words, or of
     * the character pairs where only they match), and among the first {@value #RERANK_WINDOW} those where the words
     * stand together as typed rank higher. A blank query finds nothing.
     */
    public SearchResults search(String userQuery, int page, int size) {
        int number = Math.max(page, 1);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        UserQuery query = parse(userQuery);
        if (query == null) {
            return new SearchResults(List.of(), 0, number, pageSize);
        }
        long from = (long) (number - 1) * pageSize;
        int wanted = (int) Math.min(from + pageSize, MAX_HITS);
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(query.finding(),
                    new TopScoreDocCollectorManager(Math.max(wanted, RERANK_WINDOW), null, MAX_HITS));
            ScoreDoc[] ranked = rerank(searcher, query.together(), top.scoreDocs);
            ScoreDoc[] onPage = from >= ranked.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(ranked, (int) from, (int) Math.min(ranked.length, from + pageSize));
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : MAX_HITS;
            return new SearchResults(hits(searcher, query.marking(), onPage), total, number, pageSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** How many articles the index holds. */
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * The latest {@code updatedAt} among the indexed articles, empty when there are none. After a restart, the
     * articles changed since then are the ones to index again.
     */
    public Optional<LocalDateTime> lastUpdate() {
        IndexSearcher searcher = acquire();
        try {
            TopDocs latest = searcher.search(new MatchAllDocsQuery(), 1,
                    new Sort(new SortField(UPDATED_AT, SortField.Type.LONG, true)));
            return latest.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(decode((Long) ((FieldDoc) latest.scoreDocs[0]).fields[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Commits and closes the index; not the directory. */
    @Override
    public void close() {
        try {
            IOUtils.close(searchers, writer, analyzer, words, pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(IndexChange change) {
        synchronized (writeLock) {
            try {
                try {
                    change.apply();
                } finally {
                    // what a failed change did is sound (whole documents replaced), and the next commit would take it
                    writer.commit();
                    searchers.maybeRefreshBlocking();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Document document(IndexedArticle article) {
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

    private static void addText(Document document, String field, String text) {
        if (text != null && !text.isBlank()) {
            document.add(new Field(field, text, STORED_TEXT));
            if (hasHan(text)) {
                document.add(new Field(field + PAIRS, text, PAIRS_TEXT));
            }
        }
    }

    private UserQuery parse(String userQuery) {
        if (userQuery == null || userQuery.isBlank()) {
            return null;
        }
        String text = userQuery.length() > MAX_QUERY_CHARS ? userQuery.substring(0, MAX_QUERY_CHARS) : userQuery;
        List<Token> wordTokens = tokens(words, text);
        List<Token> pairTokens = hasHan(text) ? tokens(pairs, text) : List.of();
        if (wordTokens.isEmpty() && pairTokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder marking = new BooleanQuery.Builder();
        Query byWords = most(marking, wordTokens, "", !pairTokens.isEmpty());
        Query byPairs = most(marking, pairTokens, PAIRS, false);
        // pairs need no such bonus: matching most of them already means standing together
        Query together = words(wordTokens).size() > 1 ? inAnyText(field -> phrase(field, wordTokens)) : null;
        return new UserQuery(eitherAnalysis(byWords, byPairs), together, marking.build());
    }

    /**
     * The articles that {@code byWords} or {@code byPairs} finds, each ranked by one of them. The pairs find again
     * all that the words find, with more terms per word (心血管 is two pairs) and more postings each: scored for every
     * match, they were two thirds of finding. They are now scored only where the words do not match. Summing both
     * counted the same evidence twice; a match that only the pairs see is halved, so that it ranks below a match of
     * the words as it did.
     */
    private static Query eitherAnalysis(Query byWords, Query byPairs) {
        if (byWords == null || byPairs == null) {
            return byWords == null ? byPairs : byWords;
        }
        Query onlyByPairs = new BooleanQuery.Builder().add(byPairs, Occur.MUST).add(byWords, Occur.MUST_NOT).build();
        return new BooleanQuery.Builder()
                .add(byWords, Occur.SHOULD)
                .add(new BoostQuery(onlyByPairs, PAIRS_ONLY_BOOST), Occur.SHOULD)
                .build();
    }

    /**
     * The query that requires most of the words of {@code tokens}, each in any text, or null when there are none;
     * makes {@code marking} mark the single terms among them: pairs mark what SmartCN split into characters. When
     * {@code pairsMark}, a Chinese word is left to its pairs, which mark the same characters: each term marked costs
     * the highlighter a look into every hit's postings.
     */
    private static Query most(BooleanQuery.Builder marking, List<Token> tokens, String suffix, boolean pairsMark) {
        Collection<List<Token>> words = words(tokens);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        for (List<Token> word : words) {
            most.add(inAnyText(field -> phrase(field + suffix, word)), Occur.SHOULD);
            if (word.size() == 1 && !(pairsMark && word.get(0).isHanWord())) {
                for (String field : TEXTS) {
                    marking.add(new TermQuery(new Term(field + suffix, word.get(0).term())), Occur.SHOULD);
                }
            }
        }
        int n = words.size();
        most.setMinimumNumberShouldMatch(n <= 3 ? n : n - n / 4);
        return most.build();
    }

    /**
     * The hits, the first {@value #RERANK_WINDOW} of them reordered with a bonus where the query's words stand
     * together as typed. Checking that on every match would cost ten times the search when the words are common;
     * {@link org.apache.lucene.search.QueryRescorer} would, too, as it skips ahead to the next phrase match.
     */
    private static ScoreDoc[] rerank(IndexSearcher searcher, Query together, ScoreDoc[] hits) throws IOException {
        int head = Math.min(RERANK_WINDOW, hits.length);
        if (together == null || head == 0) {
            return hits;
        }
        ScoreDoc[] reranked = Arrays.copyOf(hits, head);
        Arrays.sort(reranked, Comparator.comparingInt(hit -> hit.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(together), ScoreMode.COMPLETE, PHRASE_BOOST);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (ScoreDoc hit : reranked) {
            if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                scorer = weight.scorer(leaf);
            }
            if (scorer != null && matches(scorer, hit.doc - leaf.docBase)) {
                hit.score += scorer.score();
            }
        }
        Arrays.sort(reranked, Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
                .thenComparingInt(hit -> hit.doc));
        ScoreDoc[] all = hits.clone();
        System.arraycopy(reranked, 0, all, 0, head);
        return all;
    }

    /** Whether {@code scorer} matches {@code doc}, checking positions for that document only. */
    private static boolean matches(Scorer scorer, int doc) throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        if (candidates.docID() < doc) {
            candidates.advance(doc);
        }
        return candidates.docID() == doc && (twoPhase == null || twoPhase.matches());
    }

    /**
     * The distinct words of the tokens, where each run of single Chinese characters is one word: SmartCN splits what
     * it does not know, such as the name 赵聪, into characters, which mean little apart.
     */
    private static Collection<List<Token>> words(List<Token> tokens) {
        Map<List<String>, List<Token>> words = new LinkedHashMap<>();
        List<Token> word = new ArrayList<>();
        for (Token token : tokens) {
            Token previous = word.isEmpty() ? null : word.get(word.size() - 1);
            if (previous != null && !(previous.isHanCharacter() && token.isHanCharacter()
                    && token.position() == previous.position() + 1)) {
                words.putIfAbsent(word.stream().map(Token::term).toList(), word);
                word = new ArrayList<>();
            }
            word.add(token);
        }
        if (!word.isEmpty()) {
            words.putIfAbsent(word.stream().map(Token::term).toList(), word);
        }
        return words.values();
    }

    /** Pairs are for Chinese: without it, they would only repeat the words, and cost as much again. */
    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Query inAnyText(Function<String, Query> perField) {
        List<Query> queries = new ArrayList<>();
        for (String field : TEXTS) {
            queries.add(new BoostQuery(perField.apply(field), BOOSTS.get(field)));
        }
        return new DisjunctionMaxQuery(queries, TIE_BREAKER);
    }

    private static Query phrase(String field, List<Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
        return phrase.build();
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (tokens.size() < MAX_QUERY_TERMS && stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query marking, ScoreDoc[] scoreDocs) throws IOException {
        int[] docs = Arrays.stream(scoreDocs).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
        // what a hit shows is read once, for the highlighter and the link: each read decompresses the whole document
        StoredFields storedFields = searcher.storedFields();
        Map<Integer, Document> shown = new HashMap<>();
        for (int doc : docs) {
            shown.put(doc, storedFields.document(doc, SHOWN));
        }
        Highlighter highlighter = new Highlighter(searcher, analyzer, shown);
        Map<String, Object[]> marked = highlighter.highlight(new String[] {TITLE, SUMMARY}, marking, docs);
        Object[] summaries = marked.get(SUMMARY);
        // the body, the longest text, only where the summary has no match: elsewhere the summary is the snippet
        int[] withoutMatch = IntStream.range(0, docs.length)
                .filter(i -> summaries[i] == null || !((Snippet) summaries[i]).matched()).toArray();
        Object[] bodies = new Object[docs.length];
        Object[] markedBodies = withoutMatch.length == 0 ? new Object[0] : highlighter.highlight(new String[] {BODY},
                marking, Arrays.stream(withoutMatch).map(i -> docs[i]).toArray()).get(BODY);
        for (int k = 0; k < withoutMatch.length; k++) {
            bodies[withoutMatch[k]] = markedBodies[k];
        }
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document hit = shown.get(docs[i]);
            Snippet title = (Snippet) marked.get(TITLE)[i];
            hits.add(new SearchHit(Long.parseLong(hit.get(ID)), Language.valueOf(hit.get(LANGUAGE)),
                    hit.get(CHANNEL), hit.get(SLUG), title == null ? "" : title.html(),
                    snippet((Snippet) summaries[i], (Snippet) bodies[i]), scoreDocs[i].score,
                    LocalDateTime.parse(hit.get(PUBLISHED_AT))));
        }
        return hits;
    }

    /** A match in the summary, which is written to be shown, else in the body, else the start of either. */
    private static String snippet(Snippet summary, Snippet body) {
        if (summary != null && summary.matched()) {
            return summary.html();
        }
        if (body != null && body.matched()) {
            return body.html();
        }
        return summary != null ? summary.html() : body != null ? body.html() : "";
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** Nanoseconds since 1970 as if in UTC: exact, ordered, and good until the year 2262. */
    private static long encode(LocalDateTime time) {
        return Math.addExact(Math.multiplyExact(time.toEpochSecond(ZoneOffset.UTC), NANOS_PER_SECOND), time.getNano());
    }

    private static LocalDateTime decode(long nanos) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND),
                (int) Math.floorMod(nanos, NANOS_PER_SECOND), ZoneOffset.UTC);
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    /**
     * What finds and ranks the articles; the bonus for words standing together, if there are several; the plain
     * terms the highlighter marks, which is much faster than marking by the whole query.
     */
    private record UserQuery(Query finding, Query together, Query marking) {
    }

    private record Token(String term, int position) {

        boolean isHanCharacter() {
            return term.codePointCount(0, term.length()) == 1 && isHan();
        }

        boolean isHanWord() {
            return term.codePointCount(0, term.length()) > 1 && isHan();
        }

        private boolean isHan() {
            return term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }

    /** Escaped text with marked matches, and whether it has any. */
    private record Snippet(String html, boolean matched) {
    }

    /**
     * Marks the matches of both analyses in the one stored text; the whole title, one passage of the others. The texts
     * the caller has read already are taken from there.
     */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> read;

        Highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> read) {
            super(new Builder(searcher, analyzer)
                    .withFormatter(new MarkFormatter())
                    // the marked terms are plain terms: matching them by weights builds a searcher, a weight and the
                    // terms' statistics again for every document and field, most of the cost of a search
                    .withWeightMatches(false)
                    .withMaskedFieldsFunc(field -> Set.of(field, field + PAIRS)));
            this.read = read;
        }

        /** The texts as the default loads them (cut to the same length), from the documents read when they have them. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (!SHOWN.containsAll(Arrays.asList(fields))) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = read.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String text = document.get(fields[i]);
                    texts[i] = text == null ? null : text.substring(0, Math.min(getMaxLength(), text.length()));
                }
                values.add(texts);
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return TITLE.equals(field) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
        }

        /** One passage per field and document, in the order of {@code docs}. */
        Map<String, Object[]> highlight(String[] fields, Query query, int[] docs) throws IOException {
            int[] onePassage = new int[fields.length];
            Arrays.fill(onePassage, 1);
            return highlightFieldsAsObjects(fields, query, docs, onePassage);
        }
    }

    /**
     * Escapes everything and adds only {@code <mark>} tags; a passage longer than {@link #SNIPPET_CHARS} is cut
     * around its first match.
     */
    private static final class MarkFormatter extends PassageFormatter {

        @Override
        public Snippet format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            int[][] matches = new int[passage.getNumMatches()][];
            for (int i = 0; i < matches.length; i++) {
                matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
            }
            Arrays.sort(matches, (a, b) -> Integer.compare(a[0], b[0]));
            if (end - start > SNIPPET_CHARS) {
                int focus = matches.length == 0 ? start : matches[0][0];
                start = Math.max(start, Math.min(focus - SNIPPET_CHARS / 4, end - SNIPPET_CHARS));
                end = start + SNIPPET_CHARS;
                // never half a character outside the basic plane
                start += Character.isLowSurrogate(content.charAt(start)) ? 1 : 0;
                end -= end < content.length() && Character.isLowSurrogate(content.charAt(end)) ? 1 : 0;
            }
            StringBuilder html = new StringBuilder();
            if (start > passage.getStartOffset()) {
                html.append('…');
            }
            int position = start;
            for (int[] mark : marks(matches, start, end)) {
                escape(html, content, position, mark[0]);
                html.append("<mark>");
                escape(html, content, mark[0], mark[1]);
                html.append("</mark>");
                position = mark[1];
            }
            escape(html, content, position, end);
            if (end < passage.getEndOffset()) {
                html.append('…');
            }
            return new Snippet(html.toString().strip(), matches.length > 0);
        }

        /**
         * The matches within {@code [start, end)}, those that overlap or touch merged into one: the two analyses
         * find the same words, and the pairs of "赵聪会长" overlap.
         */
        private static List<int[]> marks(int[][] matches, int start, int end) {
            List<int[]> marks = new ArrayList<>();
            for (int[] match : matches) {
                int from = Math.max(match[0], start);
                int to = Math.min(match[1], end);
                int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                if (from >= to) {
                    continue;
                } else if (last != null && from <= last[1]) {
                    last[1] = Math.max(last[1], to);
                } else {
                    marks.add(new int[] {from, to});
                }
            }
            return marks;
        }

        private static void escape(StringBuilder html, String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }
    }
}
