package dev.chatlab.lab05.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connect form's checks and the request it makes. */
class ConnectFormTest {

    @TempDir
    Path folder;

    @Test
    void a_good_form_makes_a_request_without_an_empty_password() throws Exception {
        Path ca = Files.writeString(folder.resolve("ca.pem"), "x");
        ConnectForm form = new ConnectForm(" localhost ", "7004", "ana_1", "", ca.toString());
        assertThat(form.problems()).isEmpty();
        assertThat(form.request()).isEqualTo(new ConnectRequest("localhost", 7004, "ana_1", null, ca));
        assertThat(new ConnectForm("h", "1", "a", "pw", ca.toString()).request().toString()).doesNotContain("pw");
    }

    @Test
    void every_wrong_field_is_named() {
        ConnectForm form = new ConnectForm("", "65536", "seventeen_letters", "", folder.resolve("none.pem").toString());
        assertThat(form.problems()).containsOnlyKeys(ConnectForm.Field.values());
        assertThat(form.problems().get(ConnectForm.Field.PORT).key()).isEqualTo("error.port.number");
        assertThat(new ConnectForm("h", "x", "a", "", "").problems()).containsKeys(ConnectForm.Field.PORT, ConnectForm.Field.CA);
    }
}
