package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * The two timing checks of {@link ReconnectClientChecks}: a server that goes silent without closing, which the
 * client must notice by its heartbeat alone, and the backoff between refused attempts ({@link BackoffDelays}
 * has the numbers).
 */
final class ReconnectTiming {

    /** The heartbeat the silent server's welcome announces: the client must give up after 3 s of silence. */
    private static final int HEARTBEAT_SECONDS = 1;
    /** Sooner than this after the last byte, the client gave up before 3 heartbeats of silence. */
    private static final Duration EARLIEST = Duration.ofMillis(2_500);
    /** 3 heartbeats, one more for a client that looks once per heartbeat, and 2 s for a busy machine. */
    private static final Duration LATEST = Duration.ofSeconds(6);
    /** Clients of the backoff check, each refused 3 times, then accepted at its 4th attempt. */
    private static final int CLIENTS = 3;
    private static final int ATTEMPTS = 4;

    private ReconnectTiming() {
    }

    /** Pings once, then keeps the connection open and says nothing: the client must reconnect in 2.5 to 6 s. */
    static void silentServer(Harness harness) throws IOException {
        Room room = Room.start(harness, HEARTBEAT_SECONDS);
        String token = Samples.token(harness.random(), 8);
        room.server.connection().send("ping", "token", token);
        Expect.equal("the `token` of the pong", token, string(room.server.connection().expect("pong"), "token"));
        long silentSince = System.nanoTime();
        harness.transcript().note("fake server", "goes silent and keeps the connection open");
        ReconnectLines.expectLost(room.client, 1, LATEST.plusSeconds(1));
        Duration noticed = Duration.ofNanos(System.nanoTime() - silentSince);
        Expect.that(noticed.compareTo(EARLIEST) >= 0 && noticed.compareTo(LATEST) <= 0,
                "the client to declare the connection lost 3 x heartbeatSeconds (" + HEARTBEAT_SECONDS
                        + " s) after the server's last byte, between " + EARLIEST.toMillis() / 1e3 + " and "
                        + LATEST.toSeconds() + " s", String.format(Locale.ROOT, "%.2f s", noticed.toNanos() / 1e9));
        room.resume(0, false, 0, 0);
        room.client.expectLine(ReconnectLines.resumed(0), REPLY);
    }

    /**
     * Runs {@value #CLIENTS} clients one after the other (so that their timings do not share the machine); each is
     * cut, refused at attempts 1 to 3 (accepted, then reset before any handshake), resumed at attempt 4, and cut
     * once more, when its attempts must start from 1 again.
     */
    static void backoff(Harness harness) throws IOException {
        BackoffDelays delays = new BackoffDelays();
        for (int i = 0; i < CLIENTS; i++) {
            refuseThreeTimes(Room.open(harness), delays);
        }
        delays.expectSpread();
    }

    private static void refuseThreeTimes(Room room, BackoffDelays delays) throws IOException {
        room.register(FakeReconnectServer.QUIET_HEARTBEAT_SECONDS);
        room.server.cut();
        long previous = System.nanoTime();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ReconnectLines.Lost lost = ReconnectLines.expectLost(room.client, attempt, FakeReconnectServer.RECONNECT);
            if (attempt < ATTEMPTS) {
                room.server.fake().resetNext(FakeReconnectServer.RECONNECT);
            } else {
                room.server.accept(FakeReconnectServer.RECONNECT);
            }
            long now = System.nanoTime();
            delays.add(room.nick, lost, Duration.ofNanos(now - previous));
            previous = now;
        }
        room.server.expectResume(room.session, 0);
        room.server.resumed(room.nick, room.users, false, 0);
        room.client.expectLine(ReconnectLines.resumed(0), REPLY);
        room.server.cut();
        ReconnectLines.expectLost(room.client, 1, FakeReconnectServer.RECONNECT); // counted from 1 again
    }
}
