package org.association.content.control;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Suggests the slug of an article's address from its title: the Latin words of the title, lower case,
 * joined by hyphens ("Notice on the 2024 dues" gives notice-on-the-2024-dues). A title without Latin
 * words (most Chinese ones) gets one from its add-time, which the editor may replace with pinyin.
 */
public final class Slugs {

    static final int MAX_WORDS = 8;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private Slugs() {
    }

    public static String suggest(String title, LocalDateTime addTime) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (ascii.isEmpty() || ascii.chars().noneMatch(Character::isLetter)) {
            return "article-" + STAMP.format(addTime);
        }
        String[] words = ascii.split(" ");
        return String.join("-", Arrays.copyOf(words, Math.min(words.length, MAX_WORDS)));
    }
}
