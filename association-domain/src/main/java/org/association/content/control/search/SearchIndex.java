package org.association.content.control.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.association.content.entity.Language;

/**
 * The full-text index of published articles, in Chinese and English, on a Lucene {@link Directory}: its lifecycle, its
 * writes, and the search that {@link UserQuery} builds, {@link Reranker} reorders and {@link SnippetHighlighter} marks.
 * How an article is kept is {@link ArticleSchema}'s part.
 *
 * <p>One {@link IndexWriter} serves all writes, which are serialized and each committed, so a write is visible to the
 * next search and survives a restart. Searches run concurrently on the latest searcher and never wait for writes.
 * The caller owns the directory and closes it after this index.
 */
public final class SearchIndex implements AutoCloseable {

    /** Totals are counted exactly up to here, and pages end here: deeper paging would only cost memory. */
    public static final int MAX_HITS = 10_000;
    public static final int MAX_PAGE_SIZE = 100;

    private static final int ANALYSIS_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int ANALYSIS_BATCH = 100;
    /** Fewer, larger segments while a rebuild writes: less merging. */
    private static final double WRITE_BUFFER_MB = 48;
    private static final int SEGMENTS_MERGED_AT_ONCE = 3;

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer pairs = new CJKAnalyzer();
    private final Analyzer analyzer = ArticleSchema.analyzer(words, pairs);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** The {@link ArticleSchema#GENERATION} of the documents written now. Guarded by writeLock. */
    private long generation;

    /** Opens the index in {@code directory}, creating it when there is none. */
    public SearchIndex(Directory directory) {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(WRITE_BUFFER_MB)
                    .setMergePolicy(mergePolicy()));
            for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
                if (ArticleSchema.GENERATION.equals(entry.getKey())) {
                    generation = Long.parseLong(entry.getValue());
                }
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /**
     * Every committed change makes a small segment, and a search looks up each of its terms in every segment. The
     * default policy lets a dozen segments stand beside a large one; this one merges small segments three at a time,
     * which costs a rebuild nothing.
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
                writer.updateDocument(ArticleSchema.idTerm(article.id()), ArticleSchema.document(article, generation));
            }
            for (long id : removed) {
                writer.deleteDocuments(ArticleSchema.idTerm(id));
            }
        });
    }

    /**
     * Replaces the whole index by {@code articles}, in one commit: searches see the old index until the new one is
     * complete. If the stream fails half-way, the articles read so far are updated and nothing is lost. The caller
     * closes the stream. Other writes wait meanwhile. The texts are analyzed on all cores: the Chinese word
     * segmentation is most of the cost of a rebuild.
     */
    public void replaceAll(Stream<IndexedArticle> articles) {
        write(() -> {
            generation++;
            // recorded before anything else is committed, so no later commit can leave this generation unaccounted for
            writer.setLiveCommitData(Map.of(ArticleSchema.GENERATION, Long.toString(generation)).entrySet());
            // plain threads, not the container's: they live only for this call, and Lucene's merges run on its own too
            ExecutorService analysts = Executors.newFixedThreadPool(ANALYSIS_THREADS);
            try {
                addAll(articles, analysts);
            } finally {
                analysts.shutdown();
            }
            writer.deleteDocuments(LongPoint.newRangeQuery(ArticleSchema.GENERATION, Long.MIN_VALUE, generation - 1));
            // the analysts flush many segments, and a query looks up each of its terms in every one; searches go on
            // while they are merged into one
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
                    writer.updateDocument(ArticleSchema.idTerm(article.id()), ArticleSchema.document(article, generation));
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
     * The page {@code page} (from 1) of the articles that match {@code userQuery} (see {@link UserQuery}), best first:
     * ranked by BM25 (of the words, or of the character pairs where only they match), and among the first
     * {@value Reranker#RERANK_WINDOW} those where the words stand together as typed rank higher. A blank query finds
     * nothing.
     */
    public SearchResults search(String userQuery, int page, int size) {
        int number = Math.max(page, 1);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        UserQuery query = UserQuery.parse(userQuery, words, pairs);
        if (query == null) {
            return new SearchResults(List.of(), 0, number, pageSize);
        }
        long from = (long) (number - 1) * pageSize;
        int wanted = (int) Math.min(from + pageSize, MAX_HITS);
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(query.finding(),
                    new TopScoreDocCollectorManager(Math.max(wanted, Reranker.RERANK_WINDOW), null, MAX_HITS));
            ScoreDoc[] ranked = Reranker.rerank(searcher, query.together(), top.scoreDocs);
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
                    new Sort(new SortField(ArticleSchema.UPDATED_AT, SortField.Type.LONG, true)));
            return latest.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(ArticleSchema.decode((Long) ((FieldDoc) latest.scoreDocs[0]).fields[0]));
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

    private List<SearchHit> hits(IndexSearcher searcher, Query marking, ScoreDoc[] scoreDocs) throws IOException {
        int[] docs = Arrays.stream(scoreDocs).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
        // what a hit shows is read once, for the highlighter and the link: each read decompresses the whole document
        StoredFields storedFields = searcher.storedFields();
        Map<Integer, Document> shown = new HashMap<>();
        for (int doc : docs) {
            shown.put(doc, storedFields.document(doc, ArticleSchema.SHOWN));
        }
        List<SnippetHighlighter.Marked> marked = new SnippetHighlighter(searcher, analyzer, shown).mark(marking, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document hit = shown.get(docs[i]);
            hits.add(new SearchHit(Long.parseLong(hit.get(ArticleSchema.ID)), Language.valueOf(hit.get(ArticleSchema.LANGUAGE)),
                    hit.get(ArticleSchema.CHANNEL), hit.get(ArticleSchema.SLUG), marked.get(i).title(), marked.get(i).snippet(),
                    scoreDocs[i].score, LocalDateTime.parse(hit.get(ArticleSchema.PUBLISHED_AT))));
        }
        return hits;
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

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }
}
