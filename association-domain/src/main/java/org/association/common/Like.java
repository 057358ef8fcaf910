package org.association.common;

/**
 * Patterns for JPQL LIKE built from what a user typed: '%', '_' and '\' match themselves. Queries use
 * them with {@code escape '\'} ({@link #ESCAPE}).
 */
public final class Like {

    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    public static String prefix(String text) {
        return escape(text) + "%";
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
