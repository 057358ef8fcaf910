package org.association.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * English staff get English on a server whose JVM runs in Chinese: with no English file, Java's default
 * lookup falls back to the default locale's bundle before the base (English) one.
 */
class MessagesTest {

    private static final List<String> BUNDLES = List.of(Messages.BUNDLE, Messages.IMPORT_BUNDLE, Messages.VALIDATION_BUNDLE);
    private static final List<Locale> ENGLISH = List.of(Locale.ENGLISH, Locale.UK, Locale.US);

    private Locale serverLocale;

    @BeforeEach
    void runInChinese() {
        serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(serverLocale);
    }

    @Test
    void everyBundleAnswersEnglishLookupsInEnglish() {
        for (String name : BUNDLES) {
            ResourceBundle base = ResourceBundle.getBundle(name, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertFalse(base.keySet().isEmpty(), name);
            for (Locale english : ENGLISH) {
                ResourceBundle looked = ResourceBundle.getBundle(name, english);
                for (String key : base.keySet()) {
                    assertEquals(base.getString(key), looked.getString(key), name + " " + key + " for " + english);
                }
            }
        }
    }

    @Test
    void textsForJavaCodeAreEnglishForEnglishAndChineseForChinese() {
        assertEquals("New", Messages.text(Locale.ENGLISH, "import.outcome.NEW"));
        assertEquals("新增", Messages.text(Locale.SIMPLIFIED_CHINESE, "import.outcome.NEW"));
        assertEquals("A password needs at least 12 characters.", Messages.text(Locale.ENGLISH, "error.password.short", 12));
    }
}
