package org.association.content.control.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Reorders the best hits with a bonus where the question's words stand together as typed. Checking that on every
 * match would cost far more than the search when the words are common; {@link org.apache.lucene.search.QueryRescorer}
 * would, too, as it skips ahead to the next phrase match.
 */
final class Reranker {

    /** Enough for the pages anyone reads; always the same, so that the pages agree with each other. */
    static final int RERANK_WINDOW = 100;
    /** The query's words standing together as typed is the strongest sign of what was meant. */
    private static final float PHRASE_BOOST = 2f;

    private Reranker() {
    }

    /** The hits, the first {@value #RERANK_WINDOW} of them reordered by their score plus what {@code together} adds. */
    static ScoreDoc[] rerank(IndexSearcher searcher, Query together, ScoreDoc[] hits) throws IOException {
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
}
