package org.association.mail.control;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a template's placeholders and keeps what goes into a mail's headers to one clean line. */
public final class MailText {

    /** The placeholders a template may use; any other {word} stays as written. */
    public static final String[] PLACEHOLDERS = {"name", "memberNumber", "paidUpUntil", "reason", "siteUrl", "link", "count",
            "list", "event", "when", "venue", "type", "calendar", "credits", "page", "checkin", "minutes"};

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private MailText() {
    }

    /** The text with each known placeholder replaced by its value (empty when the value is missing). */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = !values.containsKey(key) ? matcher.group() : values.get(key) == null ? "" : values.get(key);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * A header value (subject, display name) as one line: every line break and other control character becomes a
     * space, so a name that a form let through cannot add a header; cut to {@code max} characters.
     */
    public static String headerLine(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = text.codePoints()
                .map(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replaceAll(" {2,}", " ").strip();
        return line.length() > max ? line.substring(0, max) : line;
    }

    /** Text as HTML character data or an attribute value (between double quotes): the markup characters escaped. */
    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Whether an address is one we send to: a plain local part and a domain with a dot, nothing a header could be
     * split on (no spaces, line breaks, commas or angle brackets).
     */
    public static boolean isAddress(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches() && !address.contains("..");
    }
}
