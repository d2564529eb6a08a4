package dev.chatlab.grader.lab03;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;
import static dev.chatlab.grader.chat.ChatConnection.type;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.harness.TlsProbe;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades lab03's abuse limits: the token bucket of say and whisper, the count of errors in a row,
 * {@code --max-connections}, and the two deadlines from accept (the TLS handshake's, 10 s, and hello's, 30 s).
 * The deadline checks wait for the deadlines themselves, so they come last.
 */
@GradingSuite
public class AbuseLimitChecks {

    private static final int BURST = 20;
    private static final int RATE = 10;
    /** Says in the one write that empties the bucket: 5 more than it holds. */
    private static final int SAYS_IN_THE_BURST = BURST + 5;
    private static final int ERRORS_THAT_CLOSE = 10;
    private static final int MAX_CONNECTIONS = 3;
    private static final Duration HANDSHAKE_DEADLINE = Duration.ofSeconds(10);
    private static final Duration HELLO_DEADLINE = Duration.ofSeconds(30);
    /** How late a deadline's close may come: a timer thread on a busy machine. */
    private static final Duration LATE = Duration.ofSeconds(4);
    /** How early: the grader starts its clock before the server accepts. */
    private static final Duration EARLY = Duration.ofSeconds(1);
    private static final Duration PING_EVERY = Duration.ofSeconds(2);

    @Check(points = 5, see = "lab03.md#abuse-limits",
            hint = "Give each connection a token bucket of 20 that refills at 10 per second and starts full; a say or"
                    + " whisper whose fields passed takes a token or gets RATE_LIMITED (not delivered, connection"
                    + " kept); a refused frame takes none.")
    @Order(1)
    void limits_says_to_a_burst_of_20_then_10_per_second_with_RATE_LIMITED(Harness harness)
            throws IOException, InterruptedException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection sender = room.get(0);
        ChatConnection other = room.get(1);
        // Refused says come before the bucket: they cost no token.
        for (int i = 0; i < 5; i++) {
            sender.send("say", "text", " ");
            sender.expectError("BAD_TEXT");
        }
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < SAYS_IN_THE_BURST; i++) {
            burst.append(ChatConnection.line("say", "text", "burst #" + i)).append('\n');
        }
        long started = System.nanoTime();
        sender.raw().send(burst.toString().getBytes(UTF_8));
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < SAYS_IN_THE_BURST; i++) {
            JsonNode reply = sender.next(REPLY);
            if ("message".equals(type(reply))) {
                delivered.add(string(reply, "text"));
            } else if (!"error".equals(type(reply)) || !"RATE_LIMITED".equals(string(reply, "code"))) {
                throw new AssertionError(sender.name() + " expected its own message or an error RATE_LIMITED for"
                        + " each of " + SAYS_IN_THE_BURST + " says, but got " + ChatConnection.show(reply));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int refilled = (int) (seconds * RATE) + 1;
        Expect.that(delivered.size() >= BURST, BURST + " of " + SAYS_IN_THE_BURST + " says delivered from a full"
                + " bucket (5 refused BAD_TEXT says before them cost no token)", delivered.size() + " delivered");
        Expect.that(delivered.size() <= BURST + Math.min(refilled, 4), "at most " + BURST + " says delivered,"
                + " plus the tokens refilled in " + String.format("%.2f s", seconds), delivered.size()
                + " delivered and " + (SAYS_IN_THE_BURST - delivered.size()) + " RATE_LIMITED");
        for (String text : delivered) {
            other.expectMessage(nicks[0], text);
        }
        sender.expectAlive();
        // A say with a bad text is BAD_TEXT even with the bucket empty: fields come first.
        sender.send("say", "text", "bell\u0007");
        sender.expectError("BAD_TEXT");
        Thread.sleep(Duration.ofMillis(1200)); // pacing: the bucket refills 12 tokens
        sender.send("whisper", "to", nicks[1], "text", "after a second");
        Expect.equal("the text of the whisper after a second", "after a second",
                string(other.expect("whisper"), "text"));
        sender.send("say", "text", "still after a second");
        other.expectMessage(nicks[0], "still after a second");
    }

    @Check(points = 4, see = "lab03.md#abuse-limits",
            hint = "Count the error replies in a row: any frame handled without error resets the count, RATE_LIMITED"
                    + " neither counts nor resets it, and the 10th error in a row is sent, then the connection closed.")
    @Order(2)
    void closes_a_connection_at_its_10th_error_in_a_row_RATE_LIMITED_aside(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        ErrorStreak streak = new ErrorStreak(client);
        for (int i = 0; i < ERRORS_THAT_CLOSE - 1; i++) {
            streak.send("not json");
        }
        streak.send(ChatConnection.line("ping", "token", "a good frame"));
        for (int i = 0; i < ERRORS_THAT_CLOSE - 1; i++) {
            streak.send(ChatConnection.line("shout", "text", "unknown type"));
        }
        client.expectAlive();
        streak.reset();
        for (int i = 0; i < ERRORS_THAT_CLOSE; i++) {
            streak.send(ChatConnection.line("say", "text", "before hello"));
        }
        streak.expectClosed();

        // On a registered connection whose bucket is empty, RATE_LIMITED replies come between the errors.
        ChatConnection member = ChatConnection.room(server, Samples.nicks(harness.random(), 1)).getFirst();
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < BURST; i++) {
            burst.append(ChatConnection.line("say", "text", "emptying the bucket " + i)).append('\n');
        }
        member.raw().send(burst.toString().getBytes(UTF_8));
        for (int i = 0; i < BURST; i++) {
            member.expect("message");
        }
        ErrorStreak limited = new ErrorStreak(member);
        String bad = ChatConnection.line("say", "text", " ");
        String say = ChatConnection.line("say", "text", "too fast");
        for (String line : List.of(bad, bad, bad, bad, bad, say, bad, bad, bad, bad, say)) {
            limited.send(line);
        }
        while (limited.errors() < ERRORS_THAT_CLOSE) {
            limited.send(bad);
        }
        limited.expectClosed();
    }

    @Check(points = 4, see = "lab03.md#abuse-limits",
            hint = "Count every open connection from accept (handshaking ones too) and close a connection beyond"
                    + " --max-connections right after accept; lower the count when a connection ends.")
    @Order(3)
    void closes_connections_beyond_max_connections_at_once_and_accepts_again_when_one_ends(Harness harness)
            throws IOException, InterruptedException {
        ServerProcess server = harness.startServer("--max-connections", Integer.toString(MAX_CONNECTIONS));
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        Connection handshaking = server.connectPlain(); // the third: open, no handshake yet
        Connection beyond = server.connectPlain();
        beyond.discardUntilClosed(REPLY);
        TlsProbe.Result refused = server.probe(RunTls.of(harness), "TLSv1.3");
        Expect.that(!refused.accepted(), "a connection beyond --max-connections " + MAX_CONNECTIONS
                + " (two chatting, one handshaking) closed at once", refused.detail());

        room.get(1).send("bye");
        room.get(1).expectClosed(REPLY);
        room.get(1).close(); // both sides closed: the connection has ended
        Expect.equal("the nick in `left`", nicks[1], string(room.get(0).expect("left"), "nick"));
        // The server may count the connection that ended a moment after its close: a few tries, paced.
        TlsProbe.Result again = server.probe(RunTls.of(harness), "TLSv1.3");
        for (int attempt = 1; !again.accepted() && attempt < 15; attempt++) {
            Thread.sleep(Duration.ofMillis(200));
            again = server.probe(RunTls.of(harness), "TLSv1.3");
        }
        Expect.that(again.accepted(), "a new connection served once one of " + MAX_CONNECTIONS + " ended",
                again.detail());
        handshaking.close();
    }

    @Check(points = 4, timeoutSeconds = 45, see = "lab03.md#abuse-limits",
            hint = "Start a timer at accept that closes the connection 10 s later unless the handshake is done by"
                    + " then; a read timeout restarts with every byte, so a client sending one byte a second would"
                    + " never be closed.")
    @Order(4)
    void closes_a_connection_whose_handshake_is_not_done_10_s_after_accept(Harness harness)
            throws IOException, InterruptedException {
        ServerProcess server = harness.startServer();
        long started = System.nanoTime();
        Connection silent = server.connectPlain();
        Connection trickling = server.connectPlain();
        byte[] hello = TlsProbe.clientHello();
        Thread trickle = Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < hello.length - 1; i++) {
                    trickling.send(new byte[] {hello[i]});
                    Thread.sleep(Duration.ofSeconds(1)); // pacing: one byte a second, never the whole hello
                }
            } catch (IOException | InterruptedException closed) {
                // The server closed it, or the check ended.
            }
        });
        try {
            expectClosedAt(silent, "a connection that sends nothing", started, HANDSHAKE_DEADLINE);
            expectClosedAt(trickling, "a connection that sends a ClientHello one byte a second", started,
                    HANDSHAKE_DEADLINE);
        } finally {
            trickle.interrupt();
        }
    }

    @Check(points = 4, timeoutSeconds = 75, see = "lab03.md#abuse-limits",
            hint = "Start the hello deadline at accept, as a timer that closes the connection 30 s later, and stop it"
                    + " only when a hello succeeds: pings (or any other frame) must not extend it.")
    @Order(5)
    void closes_a_connection_without_hello_30_s_after_accept_whatever_else_it_sends(Harness harness)
            throws IOException, InterruptedException {
        ServerProcess server = harness.startServer();
        long started = System.nanoTime();
        ChatConnection client = ChatConnection.connect(server);
        Duration latest = HELLO_DEADLINE.plus(LATE);
        int pings = 0;
        while (true) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (elapsed.compareTo(latest) >= 0) {
                throw new AssertionError("expected the server to close a connection that sent only pings, "
                        + pings + " of them, within " + latest.toSeconds() + " s of accept, but it is still open");
            }
            try {
                client.send("ping", "token", "waiting " + (++pings));
            } catch (IOException closed) {
                expectNotBefore(started, HELLO_DEADLINE, "a connection that sends only pings");
                return;
            }
            Duration wait = PING_EVERY.compareTo(latest.minus(elapsed)) < 0 ? PING_EVERY : latest.minus(elapsed);
            if (client.raw().closesWithin(wait)) {
                expectNotBefore(started, HELLO_DEADLINE, "a connection that sends only pings");
                return;
            }
        }
    }

    /** Expects {@code connection} to be closed by {@code deadline} after {@code started} (plus slack), not before. */
    private static void expectClosedAt(Connection connection, String what, long started, Duration deadline)
            throws IOException {
        Duration left = deadline.plus(LATE).minus(Duration.ofNanos(System.nanoTime() - started));
        if (!connection.closesWithin(left.isNegative() ? Duration.ZERO : left)) {
            throw new AssertionError("expected the server to close " + what + " within " + deadline.toSeconds()
                    + " s of accept (+" + LATE.toSeconds() + " s), but it is still open");
        }
        expectNotBefore(started, deadline, what);
    }

    private static void expectNotBefore(long started, Duration deadline, String what) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Expect.that(elapsed.compareTo(deadline.minus(EARLY)) >= 0, "the server to keep " + what + " open until "
                + deadline.toSeconds() + " s after accept", String.format("a close after %.1f s",
                elapsed.toMillis() / 1000.0));
    }

    /**
     * Sends frames one at a time and keeps the contract's count of error replies in a row from the replies:
     * an error other than RATE_LIMITED counts, RATE_LIMITED changes nothing, anything else resets. Fails if
     * the connection closes before the count reaches 10.
     */
    private static final class ErrorStreak {

        private final ChatConnection client;
        private int errors;

        ErrorStreak(ChatConnection client) {
            this.client = client;
        }

        int errors() {
            return errors;
        }

        void reset() {
            errors = 0;
        }

        void send(String line) throws IOException {
            client.sendLine(line);
            JsonNode reply;
            try {
                reply = client.next(REPLY);
            } catch (AssertionError closed) {
                throw new AssertionError("expected the connection to stay open after " + errors + " errors in a"
                        + " row (RATE_LIMITED does not count), but " + closed.getMessage(), closed);
            }
            if (!"error".equals(type(reply))) {
                errors = 0;
            } else if (!"RATE_LIMITED".equals(string(reply, "code"))) {
                errors++;
            }
        }

        void expectClosed() throws IOException {
            Expect.equal("errors in a row", ERRORS_THAT_CLOSE, errors);
            try {
                client.expectClosed(REPLY);
            } catch (AssertionError open) {
                throw new AssertionError("expected the connection to be closed after " + ERRORS_THAT_CLOSE
                        + " errors in a row (RATE_LIMITED replies between them do not reset the count), but "
                        + open.getMessage(), open);
            }
        }
    }
}
