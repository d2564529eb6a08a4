package dev.chatlab.lab05.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages hold every text, and format numbers their own way. */
class MessagesTest {

    @Test
    void english_and_spanish_have_the_same_keys_and_spanish_translates_them() throws IOException {
        Properties en = load("messages.properties");
        Properties es = load("messages_es.properties"); // its own keys, not those it would inherit
        assertThat(es.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(Messages.of(Language.ES).text("connect.button")).isEqualTo("Conectar");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void the_countdown_has_a_decimal_point_in_english_and_a_comma_in_spanish() {
        assertThat(Messages.of(Language.EN).text("status.reconnecting", 2.34, 1)).isEqualTo("Reconnecting in 2.3 s (attempt 1)");
        assertThat(Messages.of(Language.ES).text("status.reconnecting", 2.34, 1)).isEqualTo("Reconectando en 2,3 s (intento 1)");
        assertThat(Messages.of(Language.EN).text("status.queued", 3)).isEqualTo("3 messages queued");
        assertThat(Messages.of(Language.ES).text("status.queued", 1)).isEqualTo("1 mensaje en cola");
    }

    @Test
    void lang_accepts_es_and_en_only() {
        assertThat(Language.parse("ES")).isEqualTo(Language.ES);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessage("Unknown language: fr (use es or en)");
    }
}
