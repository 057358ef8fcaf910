package org.association.content.entity;

import java.util.Locale;

/** The languages the site is written in. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a locale, Chinese for anything Chinese, English otherwise. */
    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
