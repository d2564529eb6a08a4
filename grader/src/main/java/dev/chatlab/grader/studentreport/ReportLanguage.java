package dev.chatlab.grader.studentreport;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The language a skeleton is written in, and its texts: the {@code skeleton} resource bundle of this package
 * ({@code skeleton.properties} in English, {@code skeleton_es.properties} in Spanish). A text's arguments are
 * written where it says {@code {0}}, {@code {1}}, ... (plain replacement, so apostrophes need no quoting).
 */
public enum ReportLanguage {
    EN(Locale.ENGLISH), ES(Locale.of("es"));

    private static final String BUNDLE = "dev.chatlab.grader.studentreport.skeleton";

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    /**
     * The language named {@code code}, {@code en} or {@code es}, ignoring case.
     *
     * @throws IllegalArgumentException for any other code, with the codes that exist
     */
    public static ReportLanguage of(String code) {
        Objects.requireNonNull(code, "code");
        for (ReportLanguage language : values()) {
            if (language.name().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("--lang takes en or es, not: " + code);
    }

    /** Spanish when {@code locale}'s language is Spanish, else English. */
    public static ReportLanguage ofLocale(Locale locale) {
        return locale.getLanguage().equals(ES.locale.getLanguage()) ? ES : EN;
    }

    /**
     * The text of {@code key} with {@code arguments} put in.
     *
     * @throws MissingResourceException if the bundle has no such key (a bug, found by the tests)
     */
    public String text(String key, Object... arguments) {
        // The root bundle is English; a JVM whose own locale is Spanish must not turn EN into ES.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
