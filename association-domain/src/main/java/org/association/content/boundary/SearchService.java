package org.association.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.association.common.ContentChanged;
import org.association.common.ContentChanges;
import org.association.content.control.search.IndexedArticle;
import org.association.content.control.search.SearchIndex;
import org.association.content.control.search.SearchResults;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Full-text search of the published articles, with a Lucene index that each server keeps on its own
 * disk. The database is the truth: an empty index is rebuilt from it at start (in the background, while
 * the site already serves), an existing one catches up with what changed while the server was down,
 * and every committed change of an article, made on this server or another of its group, is indexed at once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    static final int SLICE = 500;

    @Inject
    private PublishedArticles articles;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ContentChanges changes;

    /** Where the index lives; by default in the server instance's own folder. */
    @Inject
    @ConfigProperty(name = "association.search.directory")
    private Optional<String> configuredDirectory;

    private FSDirectory directory;
    private SearchIndex index;

    @PostConstruct
    void open() {
        Path folder = Path.of(configuredDirectory.orElseGet(() -> System.getProperty("com.sun.aas.instanceRoot",
                System.getProperty("java.io.tmpdir")) + "/association-search"));
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
        index = new SearchIndex(directory);
        changes.subscribe(this::indexChanged);
        executor.submit(this::catchUp);
    }

    @PreDestroy
    void close() {
        index.close();
        try {
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the search index", e);
        }
    }

    public SearchResults search(String query, int page, int size) {
        return index.search(query, page, size);
    }

    public long count() {
        return index.count();
    }

    /** Rebuilds the whole index from the database, in one commit. */
    public void rebuild() {
        long started = System.nanoTime();
        index.replaceAll(Stream.iterate(articles.forIndex(0, SLICE), slice -> !slice.isEmpty(),
                slice -> articles.forIndex(slice.get(slice.size() - 1).id(), SLICE)).flatMap(List::stream));
        LOG.info(() -> "Search index rebuilt: " + index.count() + " articles in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
        // search pages kept while the index was incomplete are stale now
        changes.announce(new ContentChanged("SearchIndex", null));
    }

    private void indexChanged(ContentChanged change) {
        if (!"Article".equals(change.entityType())) {
            return;
        }
        if (change.entityId() == null) {
            executor.submit(this::rebuild);
        } else {
            reindex(change.entityId());
        }
    }

    private void reindex(long id) {
        write(id);
        // the page cache dropped its search answers when the change committed, maybe before this write: one kept
        // since then would not show the change
        changes.announce(new ContentChanged("SearchIndex", id));
    }

    private void write(long id) {
        writeAll(List.of(id));
    }

    /** Indexes the articles {@code ids} as they are now, those no longer published removed, in one commit. */
    private void writeAll(List<Long> ids) {
        List<IndexedArticle> published = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long id : ids) {
            articles.forIndex(id).ifPresentOrElse(published::add, () -> gone.add(id));
        }
        index.update(published, gone);
    }

    /**
     * An empty index is built; one that was kept is brought up to date with what changed since its newest entry, or
     * rebuilt when that is much (a rebuild reads the articles in slices, a catch-up one by one) or when it still does
     * not hold every published article (rows that came in without a newer change time: a restored backup, a bulk load).
     */
    private void catchUp() {
        try {
            Optional<LocalDateTime> last = index.lastUpdate();
            if (last.isEmpty()) {
                rebuild();
                return;
            }
            List<Long> changed = articles.changedSince(last.get().minusSeconds(1));
            if (changed.size() > SLICE) {
                rebuild();
                return;
            }
            if (!changed.isEmpty()) {
                writeAll(changed);
                changes.announce(new ContentChanged("SearchIndex", null)); // once for all, not once per article
            }
            long published = articles.countPublished();
            if (index.count() != published) {
                LOG.info(() -> "Search index holds " + index.count() + " articles of " + published + " published; rebuilding it");
                rebuild();
                return;
            }
            LOG.info(() -> "Search index caught up: " + changed.size() + " articles changed since " + last.get());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be brought up to date; searches may miss articles", e);
        }
    }
}
