package org.association.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table whose rows a service counts, sorts and pages in the database: only the
 * page on screen is ever read. Filters are the backing bean's own fields, which the loader reads.
 */
public class ServiceDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The paging controls under every lazy table of the back office (pages import them with o:importConstants). */
    public static final String PAGINATOR = "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} {NextPageLink}"
            + " {LastPageLink}";

    /** The same controls with a choice of rows per page. */
    public static final String PAGINATOR_WITH_PAGE_SIZE = PAGINATOR + " {RowsPerPageDropdown}";

    /** "26–50 / 1,234" under the table. */
    public static final String PAGE_REPORT = "{startRecord}–{endRecord} / {totalRecords}";

    /** Counts the rows the current filter finds. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Reads one page, sorted by a column (null for the default order). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int max, String sortField, boolean ascending);
    }

    /** What identifies a row, for selection. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public ServiceDataModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return loader.load(first, pageSize, sort == null ? null : sort.getField(), sort == null
                || sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null; // rows are chosen by links, not by table selection
    }
}
