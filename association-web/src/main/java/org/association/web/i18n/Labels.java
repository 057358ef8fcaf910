package org.association.web.i18n;

import jakarta.faces.context.FacesContext;
import java.beans.Introspector;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The label of an enum value from the site's bundle, as {@code #{a:label(value)}}: the key is the enum's type name with a
 * small first letter, then the value's name ({@code position.HEAD}); a nested enum's type name follows its outer type's
 * ({@code fileBatchStatus.COMMITTED}). One rule, so that a page never builds a key by hand.
 */
public final class Labels {

    private Labels() {
    }

    /** The label in the view's language; an empty value has none, a missing key shows itself, as #{msg[...]} does. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = key(value);
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** The bundle key of an enum value's label. */
    static String key(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getSimpleName();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + name;
        }
        return Introspector.decapitalize(name) + "." + value.name();
    }
}
