package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.ChatServer;
import dev.chatlab.demo.cast.ConsoleUser;
import dev.chatlab.demo.cast.DesktopUser;
import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.screen.ScreenLayout;

/**
 * {@code refused}: a wrong password is refused by the server (AUTH_FAILED), and a server whose certificate
 * comes from a CA the client does not trust is refused by the client (the TLS handshake fails).
 */
record RefusedScenario() implements Scenario {

    @Override
    public String name() {
        return "refused";
    }

    @Override
    public String title() {
        return "A wrong password and a wrong certificate";
    }

    @Override
    public String summary() {
        return "the server refuses a wrong password (AUTH_FAILED); the client refuses an impostor server's certificate";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        show.caption("dave opens the desktop client and types a wrong password", 0.5);
        DesktopUser dave = DesktopUser.open("dave", stage.serverPort(), stage.credentials().kit().caCertificate().toString(),
                stage.prefs(), ScreenLayout.MIDDLE);
        try {
            dave.typeInto("nick", "dave", show.keystroke());
            dave.typeInto("password", "let-me-in", show.keystroke());
            show.hold(0.5);
            dave.pressConnect();
            String refusal = dave.awaitRefusal();
            show.check(refusal.contains("AUTH_FAILED"), "the dialog should say AUTH_FAILED, but says: " + refusal);
            show.verified("the server refused the login: AUTH_FAILED, and the connection is closed");
        } finally {
            dave.close();
        }
        show.caption("an impostor starts a server with a certificate from ANOTHER CA (same name: localhost)", 1);
        try (ChatServer impostor = ChatServer.start("impostor", stage.credentials().impostor().folder(), null, stage.home(), null);
             ConsoleUser victim = ConsoleUser.start("dave", "to the impostor", impostor.port(), stage.credentials().kit().caCertificate(),
                     stage.credentials().passwordFile("dave"), stage.home(), ScreenLayout.RIGHT_BOTTOM)) {
            show.caption("dave's console client, which trusts only the kit's CA, connects to the impostor", 0.5);
            String error = victim.awaitError("error: TLS:");
            int status = victim.awaitExit();
            show.check(status == 1, "the console client should exit 1 after a TLS failure, but exited " + status);
            show.hold(1);
            show.verified("the client refused the impostor before sending anything: " + shorten(error));
            show.hold(1);
        }
    }

    private static String shorten(String line) {
        return line.length() <= 90 ? line : line.substring(0, 87) + "...";
    }
}
