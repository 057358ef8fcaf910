package org.association.web.site;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.common.InvalidEntityException;

/** The site's texts from its resource bundle, for Java code; pages use #{msg[...]}. */
public final class Messages {

    public static final String BUNDLE = "org.association.web.i18n.messages";
    /** The member import's own texts, kept beside its code in the domain module. */
    static final String IMPORT_BUNDLE = "org.association.membership.control.ImportMessages";
    /** The messages of the association's own constraints, beside the entities in the domain module. */
    static final String VALIDATION_BUNDLE = "ValidationMessages";
    private static final Pattern OWN_CONSTRAINT = Pattern.compile("\\{(association\\.[\\w.]+)}");

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            String bundle = key.startsWith("import.") ? IMPORT_BUNDLE : BUNDLE;
            pattern = ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * What a broken rule says, in the reader's language: the association's own constraints from their
     * bundle, the standard ones as the service worded them (forms check those themselves, in the
     * reader's language, before a service sees them).
     */
    public static String violation(Locale locale, InvalidEntityException.Violation violation) {
        Matcher own = OWN_CONSTRAINT.matcher(violation.messageTemplate());
        return own.matches() ? constraint(locale, own.group(1)) : violation.message();
    }

    /** The message of one of the association's own constraints, e.g. "association.plainText". */
    public static String constraint(Locale locale, String key) {
        return ResourceBundle.getBundle(VALIDATION_BUNDLE, locale, Thread.currentThread().getContextClassLoader()).getString(key);
    }
}
