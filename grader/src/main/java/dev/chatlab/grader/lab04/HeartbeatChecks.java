package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades the server's heartbeat, run at {@code --heartbeat-seconds} {@value #HEARTBEAT_SECONDS}
 * ({@value #ANSWERED_HEARTBEAT_SECONDS} where the client answers every ping): a ping after a heartbeat of sending
 * nothing, a registered client that answers pong kept for as long as it answers, one that falls silent cut after
 * three heartbeats (its session detached, not ended), and no heartbeat at all before welcome.
 */
@GradingSuite
public class HeartbeatChecks {

    private static final int HEARTBEAT_SECONDS = 1;
    private static final Duration HEARTBEAT = Duration.ofSeconds(HEARTBEAT_SECONDS);
    private static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(3);
    /**
     * The heartbeat of the check whose client answers every ping: long enough that a server slowed down by a busy
     * machine still hears each pong before its own three heartbeats pass.
     */
    private static final int ANSWERED_HEARTBEAT_SECONDS = 2;
    /** How late a ping or a close may come: a timer thread on a busy machine. */
    private static final Duration LATE = Duration.ofSeconds(3);
    /** How early: the grader reads each frame a little after the server sent it. */
    private static final Duration EARLY = Duration.ofMillis(500);
    /** Pings answered in a row: the fourth comes after three heartbeats, when a silent client would be cut. */
    private static final int PINGS = 4;

    @Check(points = 3, see = "lab04.md#heartbeats",
            hint = "From welcome on, send ping{token} when you have sent the client nothing for heartbeatSeconds;"
                    + " accept its pong, which (like every frame) proves the connection alive.")
    @Order(1)
    void pings_a_client_it_sent_nothing_for_a_heartbeat_and_keeps_it_while_it_answers_pong(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.start(harness, ANSWERED_HEARTBEAT_SECONDS, Sessions.LONG_RESUME_SECONDS);
        Duration heartbeat = Duration.ofSeconds(ANSWERED_HEARTBEAT_SECONDS);
        ChatConnection client = ChatConnection.connect(server);
        client.hello(Samples.nicks(harness.random(), 1)[0]);
        long quietSince = System.nanoTime();
        for (int ping = 1; ping <= PINGS; ping++) {
            JsonNode frame = client.next(heartbeat.plus(LATE));
            Duration quiet = Duration.ofNanos(System.nanoTime() - quietSince);
            Expect.equal("the type of frame " + ping + " after welcome", "ping", ChatConnection.type(frame));
            Expect.that(quiet.compareTo(heartbeat.minus(EARLY)) >= 0, "ping " + ping + " once the server had sent"
                    + " nothing for " + ANSWERED_HEARTBEAT_SECONDS + " s",
                    String.format("it after %d ms", quiet.toMillis()));
            client.send("pong", "token", string(frame, "token"));
            quietSince = System.nanoTime();
        }
    }

    @Check(points = 4, see = "lab04.md#heartbeats",
            hint = "Note when each frame arrives; once 3 x heartbeatSeconds pass without one, close the connection"
                    + " as lost: the session detaches (nothing announced) and can still be resumed.")
    @Order(2)
    void cuts_a_client_silent_for_three_heartbeats_and_keeps_its_session_for_a_resume(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.start(harness, HEARTBEAT_SECONDS, Sessions.LONG_RESUME_SECONDS);
        String nick = Samples.nicks(harness.random(), 1)[0];
        ChatConnection silent = ChatConnection.connect(server);
        long helloSent = System.nanoTime(); // the server hears its last byte after this
        String session = string(silent.hello(nick), "session");
        // The client reads what comes (pings) and sends nothing: silent, yet not closed.
        boolean cut = silent.raw().closesWithin(DEAD_AFTER.plus(LATE));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - helloSent);
        Expect.that(cut, "the server to close a connection silent for 3 heartbeats (" + DEAD_AFTER.toSeconds()
                + " s) within " + DEAD_AFTER.plus(LATE).toSeconds() + " s", "it still open");
        Expect.that(elapsed.compareTo(DEAD_AFTER.minus(EARLY)) >= 0, "the server to keep a silent connection for"
                + " 3 heartbeats (" + DEAD_AFTER.toSeconds() + " s)", String.format("a close after %d ms",
                elapsed.toMillis()));
        ChatConnection back = Sessions.resume(server, session, 0);
        Sessions.expectResumed(back, nick, List.of(nick), false, 0);
    }

    @Check(points = 1, see = "protocol.md#heartbeats",
            hint = "Start the heartbeat at welcome (or resumed): before it, send no ping and cut nobody for silence"
                    + " (lab03's hello deadline applies), and answer a pong with NOT_REGISTERED like any frame but"
                    + " hello, resume, ping and bye.")
    @Order(3)
    void starts_the_heartbeat_at_welcome_and_answers_an_earlier_pong_with_NOT_REGISTERED(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.start(harness, HEARTBEAT_SECONDS, Sessions.LONG_RESUME_SECONDS);
        ChatConnection client = ChatConnection.connect(server);
        client.send("pong", "token", "too early");
        client.expectError("NOT_REGISTERED");
        client.expectNothing(DEAD_AFTER.plus(EARLY));
        client.hello(Samples.nicks(harness.random(), 1)[0]);
        Expect.equal("the type of the first frame after welcome", "ping",
                ChatConnection.type(client.next(HEARTBEAT.plus(LATE))));
    }
}
