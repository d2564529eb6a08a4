package dev.chatlab.grader.lab05;

import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.Transcript;
import dev.chatlab.grader.harness.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desktop client under test as the lab05 checks use it: started under the GUI driver, with the connect
 * dialog filled in and sent, and the components of the contract (lab05.md) read back: the rows of
 * {@code messages} (each the console line of chat/1 plus {@code [pending]}), the nicks of {@code users}, the
 * text of {@code status}.
 */
final class DesktopClient {

    /** How long a change may take to show in the window: a busy machine, a loaded EDT. */
    static final Duration SHOWN = Duration.ofSeconds(10);
    /** What a check that needs a connection first points to when the client does not connect. */
    static final String CONNECT_HINT = "Fill nothing in for the user: read host, port, nick, password and ca from the"
            + " dialog's fields when `connect` is pressed, connect off the EDT, then open the main window `chat` with"
            + " the welcome's users in `users`.";
    static final String CONNECT_SEE = "lab05.md#reusing-lab04s-client-library";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GuiSession gui;
    private final Harness harness;
    private String errorBeforeSubmit = "";

    private DesktopClient(GuiSession gui, Harness harness) {
        this.gui = gui;
        this.harness = harness;
    }

    /** Starts the client under test with {@code --lang LANGUAGE}: its connect dialog opens. */
    static DesktopClient start(Harness harness, String language) {
        return new DesktopClient(GuiSession.start(harness, "--lang", language), harness);
    }

    GuiSession gui() {
        return gui;
    }

    /** Fills in the dialog (the run's CA as the CA file) and presses {@code connect}. */
    void submit(FakeServer server, String nick, String password) {
        Transport.Tls tls = (Transport.Tls) harness.transport();
        gui.await("wait-window", "connect-dialog", SHOWN, "");
        gui.step("type host 127.0.0.1");
        gui.step("type port " + server.port());
        gui.step("type nick " + nick);
        gui.step("type password " + password);
        gui.step("type ca " + tls.pki().ca());
        errorBeforeSubmit = gui.textIfShown("error").orElse("");
        gui.step("click connect");
    }

    /**
     * Waits for the client's next connection to {@code server} after {@link #submit}; fails at once, with the
     * dialog's words, when the dialog shows an error other than the one it showed before the submit.
     */
    Lab04Script accept(FakeServer server) throws IOException {
        return Lab04Script.accept(server, this::gaveUp);
    }

    /** Why the client will not connect after the last {@link #submit}, if its dialog says so. */
    Optional<String> gaveUp() {
        String error = gui.textIfShown("error").orElse("");
        return error.isBlank() || error.equals(errorBeforeSubmit) ? Optional.empty()
                : Optional.of("its dialog's `error` shows " + Transcript.quote(error));
    }

    /**
     * Connects as {@code nick} through the dialog to {@code server}, answers with a welcome listing {@code users},
     * and waits for the main window; returns the server's side of the connection.
     */
    Lab04Script connect(FakeServer server, String nick, List<String> users) throws IOException {
        submit(server, nick, "");
        Lab04Script script = accept(server);
        script.expectHello(nick);
        script.welcome(nick, users);
        gui.await("wait-window", "chat", SHOWN, "");
        return script;
    }

    /** {@link #connect} as the first step of a check of something else: a failure points at the dialog. */
    Lab04Script online(FakeServer server, String nick, List<String> users) throws IOException {
        return Expect.first("could not test this: the client did not connect through its dialog", CONNECT_HINT,
                CONNECT_SEE, () -> connect(server, nick, users));
    }

    /** Types {@code text} into {@code input} and presses {@code send}. */
    void send(String text) {
        gui.step("type input " + text);
        gui.step("click send");
    }

    /** Waits for a row of {@code messages} that is exactly {@code line}; returns its index. */
    int awaitRow(String line) {
        String found = gui.await("wait-item", "messages", SHOWN, "^" + Pattern.quote(line) + "$");
        return Integer.parseInt(found.substring(0, found.indexOf(' ')));
    }

    /** The rows of {@code messages} now. */
    List<String> rows() {
        return JSON.readValue(gui.step("items messages"), new TypeReference<List<String>>() { });
    }

    /** Waits until {@code users} lists exactly {@code nicks}, in this order. */
    void awaitUsers(List<String> nicks) {
        gui.await("wait-items", "users", SHOWN, JSON.writeValueAsString(nicks));
    }

    /** Waits until {@code status} shows a text that {@code regex} finds; returns it. */
    String awaitStatus(String regex) {
        return gui.await("wait-text", "status", SHOWN, regex);
    }

    /** Expects exactly one row of {@code messages} to be {@code line}. */
    void expectOnce(String line) {
        long count = rows().stream().filter(line::equals).count();
        Expect.equal("the number of rows " + Transcript.quote(line), 1L, count);
    }
}
