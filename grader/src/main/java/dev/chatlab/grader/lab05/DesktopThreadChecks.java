package dev.chatlab.grader.lab05;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades how the desktop client shares its threads: the EDT never waits for the network (the window answers
 * while a slow server holds its welcome back), and no Swing component is changed off the EDT (AssertJ Swing's
 * thread-violation repaint manager watches every change during a session).
 */
@GradingSuite
public class DesktopThreadChecks {

    /**
     * The longest the EDT may keep a tiny task waiting while the client connects, or takes a burst: long enough
     * for a busy machine's garbage collections and first paints, far below what a blocked EDT waits.
     */
    static final Duration RESPONSIVE = Duration.ofMillis(2000);
    /** How long the grader's server holds its welcome back: an EDT that connects waits at least this. */
    private static final Duration SLOW_WELCOME = Duration.ofMillis(5000);

    @Check(points = 8, see = "lab05.md#swings-threading-rule", timeoutSeconds = 90,
            hint = "Connect on a thread of your own (ChatConnection.open), never on the EDT: the TCP connect, the TLS"
                    + " handshake and the hello all block, and a window whose EDT waits for them freezes.")
    @Order(1)
    void keeps_the_window_responsive_while_it_connects(Harness harness) throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        DesktopClient client = DesktopClient.start(harness, "en");
        GuiSession gui = client.gui();
        try (FakeServer server = harness.fakeServer()) {
            client.submit(server, nick, "");
            gui.step("probe-start");
            try (Lab04Script script = client.accept(server)) {
                script.expectHello(nick);
                script.holdFor(SLOW_WELCOME);
                long longest = Long.parseLong(gui.step("probe-stop"));
                script.welcome(nick, List.of(nick));
                Expect.that(longest <= RESPONSIVE.toMillis(), "the EDT to run a task within " + RESPONSIVE.toMillis()
                        + " ms while the server held its welcome back for " + SLOW_WELCOME.toMillis() + " ms",
                        "a task that waited " + longest + " ms");
                gui.await("wait-window", "chat", DesktopClient.SHOWN, "");
                client.awaitStatus("Connected as " + nick);
            }
        }
    }

    @Check(points = 6, see = "lab05.md#swings-threading-rule", timeoutSeconds = 90,
            hint = "Touch models and components on the EDT only: lab04's client calls its listener on its own thread,"
                    + " so post each event (EventBridge, EventBatcher) instead of changing Swing there.")
    @Order(2)
    void changes_Swing_components_on_the_EDT_only(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 3);
        String text = "all on the EDT " + Samples.token(harness.random(), 4);
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer();
             Lab04Script script = client.online(server, nicks[0], Samples.sortedIgnoringCase(List.of(nicks[0], nicks[1])))) {
            script.joined(nicks[2]);
            script.message(1, nicks[1], Samples.text(harness.random()));
            script.whisper(2, nicks[2], nicks[0], Samples.text(harness.random()));
            script.left(nicks[2], "bye");
            client.send(text);
            String cid = script.expectSay(text);
            script.message(3, nicks[0], text);
            script.ack(cid, 3);
            client.awaitRow("<" + nicks[0] + "> " + text);
            client.awaitUsers(Samples.sortedIgnoringCase(List.of(nicks[0], nicks[1])));
            Expect.equal("the number of Swing calls off the EDT (each is an edt-violation event in the transcript)",
                    "0", client.gui().step("violations"));
        }
    }
}
