package org.association.common;

import java.util.regex.Pattern;

/**
 * One structured line of the server log: {@code event=login-refused user=alice address=192.0.2.7},
 * key=value pairs that a person reads and a log shipper splits on spaces. Values that users typed
 * are made safe: no control characters (a forged line break cannot forge a line), quoted when they
 * hold a space, a quote or an equals sign, and cut at 100 characters. The log record carries the time.
 */
public final class LogLine {

    private static final int MAX_VALUE = 100;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\\s\"=]");

    private final StringBuilder line = new StringBuilder();

    private LogLine(String event) {
        line.append("event=").append(event);
    }

    public static LogLine event(String event) {
        return new LogLine(event);
    }

    /** Adds a pair; a null value reads "-". */
    public LogLine with(String key, Object value) {
        line.append(' ').append(key).append('=').append(value == null ? "-" : safe(value.toString()));
        return this;
    }

    static String safe(String value) {
        String printable = UNSAFE.matcher(value).replaceAll("?");
        if (printable.length() > MAX_VALUE) {
            printable = printable.substring(0, MAX_VALUE) + "…";
        }
        if (printable.isEmpty() || NEEDS_QUOTES.matcher(printable).find()) {
            return '"' + printable.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return printable;
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
