package dev.chatlab.lab05.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text the desktop client shows, from the {@code messages} resource bundle of this package
 * ({@code messages.properties} in English, {@code messages_es.properties} in Spanish). A text with arguments
 * is a {@link MessageFormat} pattern, formatted for the bundle's locale (so a decimal is {@code 2.5} in
 * English and {@code 2,5} in Spanish). Immutable; safe on any thread.
 */
public final class Messages {

    static final String BUNDLE = "dev.chatlab.lab05.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts of {@code language}. */
    public static Messages of(Language language) {
        Locale locale = Objects.requireNonNull(language, "language").locale();
        // The root bundle is English; a JVM whose own locale is Spanish must not turn "en" into "es".
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** The locale the texts are in. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key} with {@code arguments} filled in.
     *
     * @throws MissingResourceException if the bundle has no such key (a bug, found by the tests)
     */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(Objects.requireNonNull(key, "key"));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
