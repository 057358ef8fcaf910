package org.association.content.control.search;

import static org.association.content.control.search.ArticleSchema.BODY;
import static org.association.content.control.search.ArticleSchema.PAIRS;
import static org.association.content.control.search.ArticleSchema.SHOWN;
import static org.association.content.control.search.ArticleSchema.SUMMARY;
import static org.association.content.control.search.ArticleSchema.TITLE;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds where a question matched the texts of its hits, through both analyses, in the one stored text of each: the
 * whole title, and one passage of the summary or else of the body. The texts the caller has read already are taken
 * from there.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private final Map<Integer, Document> read;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> read) {
        super(new Builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                // the marked terms are plain terms: matching them by weights would build a searcher, a weight and
                // the terms' statistics again for every document and field
                .withWeightMatches(false)
                .withMaskedFieldsFunc(field -> Set.of(field, field + PAIRS)));
        this.read = read;
    }

    /** What a hit shows of its texts: its marked title and snippet. */
    record Marked(Snippet title, Snippet snippet) {
    }

    /** The title and snippet of each of {@code docs}, in their order, with the matches of {@code marking}. */
    List<Marked> mark(Query marking, int[] docs) throws IOException {
        Map<String, Object[]> marked = highlight(new String[] {TITLE, SUMMARY}, marking, docs);
        Object[] titles = marked.get(TITLE);
        Object[] summaries = marked.get(SUMMARY);
        // the body, the longest text, only where the summary has no match: elsewhere the summary is the snippet
        int[] withoutMatch = IntStream.range(0, docs.length)
                .filter(i -> summaries[i] == null || !((Snippet) summaries[i]).matched()).toArray();
        Object[] bodies = new Object[docs.length];
        Object[] markedBodies = withoutMatch.length == 0 ? new Object[0] : highlight(new String[] {BODY},
                marking, Arrays.stream(withoutMatch).map(i -> docs[i]).toArray()).get(BODY);
        for (int k = 0; k < withoutMatch.length; k++) {
            bodies[withoutMatch[k]] = markedBodies[k];
        }
        List<Marked> all = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Snippet title = (Snippet) titles[i];
            all.add(new Marked(title == null ? Snippet.NONE : title, snippet((Snippet) summaries[i], (Snippet) bodies[i])));
        }
        return all;
    }

    /** A match in the summary, which is written to be shown, else in the body, else the start of either. */
    private static Snippet snippet(Snippet summary, Snippet body) {
        if (summary != null && summary.matched()) {
            return summary;
        }
        if (body != null && body.matched()) {
            return body;
        }
        return summary != null ? summary : body != null ? body : Snippet.NONE;
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
    private Map<String, Object[]> highlight(String[] fields, Query query, int[] docs) throws IOException {
        int[] onePassage = new int[fields.length];
        Arrays.fill(onePassage, 1);
        return highlightFieldsAsObjects(fields, query, docs, onePassage);
    }
}
