package dev.chatlab.lab04.console;

import dev.chatlab.lab02.client.ConsoleOutput;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab04.client.ReconnectingClient;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The console's face of a {@code ReconnectingClient}: chat/1's lines exactly as lab02's
 * {@link ConsoleOutput} prints them, plus lab04's own:
 *
 * <pre>
 * * connection lost; reconnecting in 0.4 s (attempt 1)
 * * reconnected (resumed; 3 missed messages)       (or: 1 missed message)
 * * reconnected (session expired; joined again)
 * * some messages were missed                       (when the server's history had a gap)
 * </pre>
 *
 * Called on the client's event thread only, one call at a time (as the listener contract says).
 */
final class ConsoleLines implements ClientListener {

    private final PrintStream out;
    private final ConsoleOutput chat;
    private final Consumer<String> closedByServer;

    /** Prints on {@code out}; a close that is not a quit (a refused hello) goes to {@code closedByServer}. */
    ConsoleLines(PrintStream out, Consumer<String> closedByServer) {
        this.out = Objects.requireNonNull(out, "out");
        this.chat = new ConsoleOutput(out);
        this.closedByServer = Objects.requireNonNull(closedByServer, "closedByServer");
    }

    @Override
    public void stateChanged(ClientState state) {
        switch (state) {
            case ClientState.Reconnecting reconnecting -> out.println("* connection lost; reconnecting in "
                    + seconds(reconnecting) + " s (attempt " + reconnecting.attempt() + ")");
            case ClientState.Closed closed when !closed.reason().equals(ReconnectingClient.QUIT) ->
                    closedByServer.accept(closed.reason());
            default -> {
                // Connecting, online and a quit print nothing of their own.
            }
        }
    }

    @Override
    public void connected(String nick, List<String> users) {
        chat.print(new ServerFrame.Welcome(nick, users));
    }

    @Override
    public void reconnected(Reconnection reconnection) {
        if (reconnection.resumed()) {
            int missed = reconnection.missed();
            out.println("* reconnected (resumed; " + missed + (missed == 1 ? " missed message)" : " missed messages)"));
        } else {
            out.println("* reconnected (session expired; joined again)");
        }
        if (reconnection.gap()) {
            out.println("* some messages were missed");
        }
    }

    @Override
    public void frame(ServerFrame frame) {
        chat.print(frame);
    }

    /** The delay with one decimal, in seconds: 0.4 for 412 ms. */
    private static String seconds(ClientState.Reconnecting reconnecting) {
        return String.format(Locale.ROOT, "%.1f", reconnecting.delay().toNanos() / 1e9);
    }
}
