package org.association.content.control;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to store and to send back, while keeping it as its owner wrote
 * it in any script ("大照片.jpg", "MTXX_MH20240126_153208206(1).jpg"): no directories, no control or
 * direction-override characters, at most 255 characters with the extension kept.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "file";

    private FileNames() {
    }

    public static String clean(String submitted) {
        if (submitted == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(c -> kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /** The part after the last dot, lower case, or "" when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, MAX_LENGTH - extension.length());
        if (Character.isHighSurrogate(stem.charAt(stem.length() - 1))) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem + extension;
    }
}
