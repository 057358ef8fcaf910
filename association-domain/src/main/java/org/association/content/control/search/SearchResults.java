package org.association.content.control.search;

import java.util.List;

/**
 * One page of search hits, best first.
 *
 * @param total how many articles match: exact up to {@value SearchIndex#MAX_HITS}, and that number when more do
 * @param page the page number, starting at 1
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
