package org.association.mail.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.association.content.entity.Language;
import org.association.mail.entity.MailCause;

/** The subject and body the application ships for each cause and language (templates_zh/_en.properties). */
public final class ShippedTemplates {

    public record Text(String subject, String body) {
    }

    private static final Map<Language, Properties> TEXTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Properties texts = new Properties();
            try (InputStream in = ShippedTemplates.class.getResourceAsStream("/org/association/mail/templates_" + language.code()
                    + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TEXTS.put(language, texts);
        }
    }

    private ShippedTemplates() {
    }

    public static Text of(MailCause cause, Language language) {
        Properties texts = TEXTS.get(language);
        return new Text(texts.getProperty(cause.name() + ".subject"), texts.getProperty(cause.name() + ".body"));
    }
}
