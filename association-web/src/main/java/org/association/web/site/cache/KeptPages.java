package org.association.web.site.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Pages within a budget of bytes, the least recently used out first when a new one needs the room;
 * a page larger than a sixteenth of the budget is not kept. Not thread-safe: {@link PageCache} guards it.
 */
final class KeptPages {

    private final Map<String, PageCache.Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final long maxBytes;
    private long bytes;

    KeptPages(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    PageCache.Page get(String key) {
        return pages.get(key);
    }

    void put(String key, PageCache.Page page) {
        if (page.size() > maxBytes / 16) {
            return; // one huge page must not push out everything else
        }
        remove(key);
        pages.put(key, page);
        bytes += page.size();
        var eldest = pages.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().size();
            eldest.remove();
        }
    }

    void remove(String key) {
        PageCache.Page old = pages.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
    }

    void removeIf(BiPredicate<String, PageCache.Page> dropped) {
        var entries = pages.entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            if (dropped.test(entry.getKey(), entry.getValue())) {
                bytes -= entry.getValue().size();
                entries.remove();
            }
        }
    }

    void clear() {
        pages.clear();
        bytes = 0;
    }

    int size() {
        return pages.size();
    }

    long bytes() {
        return bytes;
    }
}
