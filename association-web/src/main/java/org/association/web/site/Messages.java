package org.association.web.site;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The site's texts from its resource bundle, for Java code; pages use #{msg[...]}. */
public final class Messages {

    public static final String BUNDLE = "org.association.web.i18n.messages";
    /** The member import's own texts, kept beside its code in the domain module. */
    static final String IMPORT_BUNDLE = "org.association.membership.control.ImportMessages";

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
}
