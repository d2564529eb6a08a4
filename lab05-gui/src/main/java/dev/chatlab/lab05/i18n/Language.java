package dev.chatlab.lab05.i18n;

import java.util.Locale;

/** The languages of the desktop client: English (also the fallback) and Spanish. */
public enum Language {
    EN(Locale.ENGLISH),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language of {@code --lang}: {@code en} or {@code es}, in any case.
     *
     * @throws IllegalArgumentException for any other value, naming the ones accepted
     */
    public static Language parse(String tag) {
        return switch (tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "es" -> ES;
            default -> throw new IllegalArgumentException("Unknown language: " + tag + " (use es or en)");
        };
    }

    /** The language of {@code locale} (the OS locale, normally): Spanish for any Spanish locale, else English. */
    public static Language of(Locale locale) {
        return "es".equals(locale.getLanguage()) ? ES : EN;
    }
}
