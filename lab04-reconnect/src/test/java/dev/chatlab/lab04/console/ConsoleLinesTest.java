package dev.chatlab.lab04.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener.Reconnection;
import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab04.client.ReconnectingClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's stdout lines, exactly as the contract spells them. */
class ConsoleLinesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<String> closed = new ArrayList<>();
    private final ConsoleLines lines = new ConsoleLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), closed::add);

    @Test
    void a_lost_connection_and_a_resume_print_the_contracts_lines() {
        lines.connected("ana", List.of("ana", "bob"));
        lines.stateChanged(new ClientState.Reconnecting(1, Duration.ofMillis(412)));
        lines.stateChanged(new ClientState.Reconnecting(2, Duration.ofMillis(1049)));
        lines.stateChanged(new ClientState.Online("ana", List.of("ana", "bob")));
        lines.reconnected(new Reconnection(true, 3, true, List.of("ana", "bob")));
        lines.frame(new ServerFrame.Message(7, "bob", "you missed this", Instant.EPOCH));
        lines.reconnected(new Reconnection(true, 1, false, List.of("ana")));
        lines.reconnected(new Reconnection(false, 0, false, List.of("ana")));
        lines.frame(new ServerFrame.Left("bob", LeftReason.TIMEOUT));

        assertThat(printed()).containsExactly(
                "* connected as ana (2 users: ana, bob)",
                "* connection lost; reconnecting in 0.4 s (attempt 1)",
                "* connection lost; reconnecting in 1.0 s (attempt 2)",
                "* reconnected (resumed; 3 missed messages)",
                "* some messages were missed",
                "<bob> you missed this",
                "* reconnected (resumed; 1 missed message)",
                "* reconnected (session expired; joined again)",
                "* bob left (timeout)");
    }

    @Test
    void a_close_that_is_not_a_quit_is_reported_and_a_quit_is_not() {
        lines.stateChanged(new ClientState.Closed(ReconnectingClient.QUIT));
        lines.stateChanged(new ClientState.Closed("refused by the server: NICK_TAKEN: The nick ana is taken."));

        assertThat(closed).containsExactly("refused by the server: NICK_TAKEN: The nick ana is taken.");
        assertThat(printed()).isEmpty();
    }

    private List<String> printed() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
