package org.association.common;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list that is paged and counted in the database.
 *
 * @param number the page number, starting at 1
 */
public record Page<T>(List<T> items, long total, int number, int size) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    /** The index of the page's first row; past what an int holds, the last one it holds, beyond any real list's end. */
    public static int firstResult(int number, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (Math.max(number, 1) - 1) * size);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }
}
