package org.association.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportMessagesTest {

    private static final String BUNDLE = "org.association.membership.control.ImportMessages";

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(bundle(Locale.ROOT).keySet(), bundle(Locale.SIMPLIFIED_CHINESE).keySet());
        assertEquals("新增", bundle(Locale.SIMPLIFIED_CHINESE).getString("import.outcome.NEW"));
    }

    /** Reads the sources, the one place that lists every key the code uses. */
    @Test
    void everyKeyTheCodeUsesHasAText() throws IOException {
        Set<String> known = bundle(Locale.ROOT).keySet();
        Pattern key = Pattern.compile("\"(import\\.[A-Za-z.]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/association/membership/control"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    assertTrue(known.contains(matcher.group(1)), source.getFileName() + " uses " + matcher.group(1));
                }
            }
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
