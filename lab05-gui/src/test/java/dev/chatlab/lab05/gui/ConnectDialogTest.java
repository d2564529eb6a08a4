package dev.chatlab.lab05.gui;

import static dev.chatlab.lab05.testing.DesktopClient.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.testing.ChatServer;
import dev.chatlab.lab05.testing.DesktopClient;
import dev.chatlab.lab05.testing.GuiExtension;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The connect dialog: each field's check, a refused login, a TLS failure, and the Spanish texts. */
@ExtendWith(GuiExtension.class)
class ConnectDialogTest {

    @TempDir
    Path home;

    private static DesktopClient desktop(Language language) {
        return new DesktopClient(language, ClientSettings.contract(new SecureRandom()), ChatWindowTest.blank());
    }

    @Test
    void each_wrong_field_gets_its_message_next_to_it_and_nothing_connects() throws Exception {
        try (DesktopClient desktop = desktop(Language.EN)) {
            DialogFixture dialog = desktop.submit(" ", "70000", "two words", "", home.resolve("missing.pem"));

            dialog.label("host.error").requireText("Enter a host name or address");
            dialog.label("port.error").requireText("A port is a number from 1 to 65535");
            dialog.label("nick.error").requireText("1 to 16 letters, digits, _ or -");
            dialog.label("ca.error").requireText("No such file: " + home.resolve("missing.pem"));
            dialog.button("connect").requireEnabled();
        }
    }

    @Test
    void a_wrong_password_is_shown_in_the_dialog_with_the_servers_code() throws Exception {
        try (ChatServer server = new ChatServer(home, Map.of("ana", "correct horse"));
             DesktopClient desktop = desktop(Language.EN)) {
            DialogFixture dialog = desktop.submit("localhost", Integer.toString(server.port()), "ana", "wrong", server.ca());

            await("the refusal", () -> dialog.textBox("error").text().startsWith("The server refused the login (AUTH_FAILED): "));
            dialog.button("connect").requireEnabled().requireText("Connect");
        }
    }

    @Test
    void a_server_certificate_from_another_ca_is_a_tls_failure_in_the_dialog() throws Exception {
        try (ChatServer server = new ChatServer(home.resolve("server"), Map.of());
             DesktopClient desktop = desktop(Language.EN)) {
            Path otherCa = KitCertificates.inHome(home.resolve("other")).serverFiles(Clock.systemUTC()).caCertificate();
            DialogFixture dialog = desktop.submit("localhost", Integer.toString(server.port()), "ana", "", otherCa);

            await("the TLS failure", () -> dialog.textBox("error").text().startsWith("Secure connection failed \u2014 TLS: "));
        }
    }

    @Test
    void the_spanish_client_speaks_spanish_in_the_dialog_and_the_window() throws Exception {
        try (ChatServer server = new ChatServer(home, Map.of()); DesktopClient desktop = desktop(Language.ES)) {
            DialogFixture dialog = desktop.dialog();
            dialog.button("connect").requireText("Conectar");
            desktop.submit(" ", "0", "ana", "", server.ca());
            dialog.label("port.error").requireText("Un puerto es un n\u00famero de 1 a 65535");

            FrameFixture window = desktop.connect(server.port(), "ana", server.ca());
            await("online", () -> window.label("status").text().equals("Conectado como ana \u00b7 TLSv1.3"));
            window.label("userCount").requireText("1 conectado");
            assertThat(window.button("send").text()).isEqualTo("Enviar");
        }
    }

    @Test
    void the_dialog_opens_with_the_form_it_is_given() throws Exception {
        ConnectForm form = new ConnectForm("chat.example", "7104", "bob", "", "/tmp/ca.pem");
        try (DesktopClient desktop = new DesktopClient(Language.EN, ClientSettings.contract(new SecureRandom()), form)) {
            DialogFixture dialog = desktop.dialog();
            dialog.textBox("host").requireText("chat.example");
            dialog.textBox("port").requireText("7104");
            dialog.textBox("nick").requireText("bob");
            dialog.textBox("ca").requireText("/tmp/ca.pem");
        }
    }
}
