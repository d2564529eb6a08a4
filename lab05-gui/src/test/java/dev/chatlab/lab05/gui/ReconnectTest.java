package dev.chatlab.lab05.gui;

import static dev.chatlab.lab05.testing.DesktopClient.await;
import static dev.chatlab.lab05.testing.DesktopClient.awaitRow;
import static dev.chatlab.lab05.testing.DesktopClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab04.client.Backoff;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.testing.ChatServer;
import dev.chatlab.lab05.testing.DesktopClient;
import dev.chatlab.lab05.testing.GuiExtension;
import dev.chatlab.lab05.testing.ScriptedClient;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The desktop client behind the kit's relay: pending until the ack, and the reconnect countdown after a cut. */
@ExtendWith(GuiExtension.class)
class ReconnectTest {

    /** Every reconnect delay is 75 % of 3 s: long enough to watch the countdown. */
    private static final RandomGenerator THREE_QUARTERS = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return bound / 4 * 3;
        }
    };

    @TempDir
    Path home;

    private ChatServer server;
    private Relay relay;

    @BeforeEach
    void start() throws Exception {
        server = new ChatServer(home, Map.of());
        relay = Relay.start(RelayConfig.to(server.port()), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void stop() throws Exception {
        relay.close();
        server.close();
    }

    @Test
    void an_own_message_is_pending_with_the_queue_count_until_its_ack_then_delivered() throws Exception {
        try (DesktopClient desktop = new DesktopClient(Language.EN, ClientSettings.contract(new SecureRandom()),
                ChatWindowTest.blank())) {
            FrameFixture window = desktop.connect(relay.port(), "ana", server.ca());
            relay.faults().stallAll(Set.of(Direction.DOWN), Duration.ofSeconds(2)); // the ack is held back

            GuiActionRunner.execute(() -> window.textBox("input").target().setText("hello"));
            window.button("send").click();
            awaitRow(window, "<ana> hello [pending]");
            window.label("queue").requireText("1 message queued");

            awaitRow(window, "<ana> hello");
            assertThat(rows(window)).containsOnlyOnce("<ana> hello").doesNotContain("<ana> hello [pending]");
            window.label("queue").requireText("");
        }
    }

    @Test
    void a_cut_shows_the_countdown_and_after_the_resume_nothing_is_lost_or_doubled() throws Exception {
        ClientSettings slowRetry = ClientSettings.contract(new SecureRandom())
                .withBackoff(new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(3), THREE_QUARTERS));
        try (DesktopClient desktop = new DesktopClient(Language.EN, slowRetry, ChatWindowTest.blank());
             ScriptedClient bob = new ScriptedClient(server.ca(), server.port(), "bob")) {
            FrameFixture window = desktop.connect(relay.port(), "ana", server.ca());
            await("online", () -> window.label("status").text().startsWith("Connected as ana"));

            relay.faults().cutAll(CutMode.CLOSE);
            await("the countdown", () -> window.label("status").text().matches("Reconnecting in [0-2]\\.\\d s \\(attempt 1\\)"));
            GuiActionRunner.execute(() -> window.textBox("input").target().setText("typed while away"));
            window.button("send").click();
            bob.say("said meanwhile");
            awaitRow(window, "<ana> typed while away [pending]");

            await("online again", () -> window.label("status").text().startsWith("Connected as ana"));
            awaitRow(window, "<bob> said meanwhile");
            awaitRow(window, "<ana> typed while away");
            assertThat(rows(window)).anyMatch(row -> row.startsWith("* reconnected (resumed; "));
            assertThat(Collections.frequency(rows(window), "<bob> said meanwhile")).isEqualTo(1);
            assertThat(rows(window)).containsOnlyOnce("<ana> typed while away");
        }
    }
}
