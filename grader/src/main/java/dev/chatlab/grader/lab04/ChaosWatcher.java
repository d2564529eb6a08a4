package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The grader's own registered connection to the server under test in the chaos check, straight to the server
 * (no relay in between): it sees every message with its id, in id order, which is the order every client must
 * show. It answers the server's heartbeat pings, and pings once a second itself: a server that is busy sending
 * does not ping, and would take a connection that says nothing for 3 heartbeats for a dead one. Its thread reads
 * until the connection ends; the check reads what it saw from any thread.
 */
final class ChaosWatcher {

    /** One message as the server delivered it, and when on the relay's clock (for the relay events around it). */
    record Delivered(long id, String from, String text, Duration at) {

        /** The client's stdout line for this message. */
        String line() {
            return "<" + from + "> " + text;
        }
    }

    /** With heartbeats of 1 s, a server that sends nothing for this long has stopped. */
    private static final Duration SILENCE = Duration.ofSeconds(10);
    /** How often the watcher speaks up: the server's heartbeat in the chaos check. */
    private static final Duration SPEAK_EVERY = Duration.ofSeconds(1);

    private final ChatConnection connection;
    private final Supplier<Duration> clock;
    private final List<Delivered> delivered = new ArrayList<>(); // guarded by this
    private String ended; // guarded by this

    private ChaosWatcher(ChatConnection connection, Supplier<Duration> clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Connects to {@code server}, says hello as {@code nick} and starts reading; {@code clock} stamps each message
     * (the relay's elapsed time).
     */
    static ChaosWatcher start(ServerProcess server, String nick, Supplier<Duration> clock) throws IOException {
        ChatConnection connection = ChatConnection.connect(server);
        connection.hello(nick);
        ChaosWatcher watcher = new ChaosWatcher(connection, Objects.requireNonNull(clock, "clock"));
        Thread.ofVirtual().name("chaos watcher").start(watcher::read);
        return watcher;
    }

    /** The messages seen so far, in the order they came. */
    synchronized List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    /** Why the watcher stopped reading before the check ended, if it did. */
    synchronized String ended() {
        return ended;
    }

    private void read() {
        try {
            long spoke = System.nanoTime();
            for (int pings = 1; ; ) {
                JsonNode frame = connection.next(SILENCE);
                if (System.nanoTime() - spoke >= SPEAK_EVERY.toNanos()) {
                    connection.send("ping", "token", "watcher " + pings++);
                    spoke = System.nanoTime();
                }
                switch (ChatConnection.type(frame)) {
                    case "message" -> record(frame);
                    case "ping" -> connection.send("pong", "token", string(frame, "token"));
                    default -> {
                        // joined, and whatever else the server tells every user: not this check's business
                    }
                }
            }
        } catch (IOException | AssertionError e) {
            synchronized (this) {
                ended = e.getMessage();
            }
        }
    }

    private void record(JsonNode frame) {
        Delivered message = new Delivered(ChatConnection.id(frame), string(frame, "from"), string(frame, "text"),
                clock.get());
        synchronized (this) {
            delivered.add(message);
        }
    }
}
