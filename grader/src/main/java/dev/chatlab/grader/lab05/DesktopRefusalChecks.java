package dev.chatlab.grader.lab05;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.tls.PkiGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades what the desktop client's connect dialog tells a user whose connection fails: a wrong password, with
 * the server's error code, in the dialog's {@code error} area, and a form that can be sent again; and a server
 * certificate it must not trust, named as a TLS failure.
 */
@GradingSuite
public class DesktopRefusalChecks {

    @Check(points = 6, see = "lab05.md#reusing-lab04s-client-library", timeoutSeconds = 90,
            hint = "When lab04's client fails with the server's refusal, show its code and message in the dialog's"
                    + " `error` area (on the EDT) and enable the form again, so that the user can fix the password.")
    @Order(1)
    void shows_a_wrong_password_in_the_dialog_and_lets_the_user_try_again(Harness harness) throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        String password = "right-" + Samples.token(harness.random(), 5);
        DesktopClient client = DesktopClient.start(harness, "en");
        GuiSession gui = client.gui();
        try (FakeServer server = harness.fakeServer()) {
            client.submit(server, nick, "wrong-guess");
            try (Lab04Script script = client.accept(server)) {
                Expect.equal("the password of the hello", "wrong-guess", string(script.expectHello(nick), "password"));
                script.error("AUTH_FAILED", "wrong nick or password");
            }
            gui.await("wait-text", "error", DesktopClient.SHOWN, "AUTH_FAILED");
            gui.await("wait-window", "connect-dialog", DesktopClient.SHOWN, "");
            gui.step("type password " + password);
            gui.step("click connect");
            try (Lab04Script script = Lab04Script.accept(server)) {
                Expect.equal("the password of the second hello", password, string(script.expectHello(nick), "password"));
                script.welcome(nick, List.of(nick));
                gui.await("wait-window", "chat", DesktopClient.SHOWN, "");
                client.awaitStatus("Connected as " + nick);
            }
        }
    }

    @Check(points = 6, see = "lab05.md#reusing-lab04s-client-library", timeoutSeconds = 90,
            hint = "Trust the CA file of the dialog only; when the handshake fails, show the TLS failure (its text"
                    + " names TLS or the certificate) in the dialog's `error` area, not a generic message.")
    @Order(2)
    void shows_an_untrusted_certificate_in_the_dialog(Harness harness) throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        Path folder = Files.createDirectories(harness.home().resolve("unknown-ca"));
        Transport.Tls stranger = Transport.tls(PkiGenerator.generate(folder, List.of()));
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer impostor = harness.fakeServer(stranger); FakeServer server = harness.fakeServer()) {
            client.submit(impostor, nick, "");
            Expect.that(impostor.acceptUnlessRefused(Lab04Script.CONNECT, client::gaveUp).isEmpty(),
                    "the client to refuse a certificate from a CA it was not given", "a completed handshake");
            client.gui().await("wait-text", "error", DesktopClient.SHOWN, "(?i)TLS|certificate");
            client.gui().await("wait-window", "connect-dialog", DesktopClient.SHOWN, "");
            // The user points the dialog at the right server: it connects.
            try (Lab04Script script = client.connect(server, nick, List.of(nick))) {
                client.awaitStatus("Connected as " + nick);
            }
        }
    }
}
