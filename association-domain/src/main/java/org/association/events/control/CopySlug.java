package org.association.events.control;

import java.util.function.Predicate;

/** The address suggested for a copy of an event: its own with "-copy", then "-copy-2", … until one is free. */
public final class CopySlug {

    static final String SUFFIX = "-copy";

    private CopySlug() {
    }

    public static String suggest(String slug, int maxLength, Predicate<String> taken) {
        String stem = slug.endsWith(SUFFIX) ? slug.substring(0, slug.length() - SUFFIX.length()) : slug;
        for (int n = 1; ; n++) {
            String tail = SUFFIX + (n == 1 ? "" : "-" + n);
            String candidate = stem.substring(0, Math.min(stem.length(), maxLength - tail.length())) + tail;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
