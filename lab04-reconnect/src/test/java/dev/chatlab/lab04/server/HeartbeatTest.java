package dev.chatlab.lab04.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.ServerFixture;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.lab04.testing.Wire;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server pings a client it has sent nothing to, or heard nothing from, for a heartbeat, and treats three
 * heartbeats of silence as a dead connection. Every time bound is derived from the heartbeat and measured from
 * before the client's last frame (its hello), so a slow test thread can only make a bound easier to meet. The
 * heartbeat is 2 s: the tests that answer pings then have 6 s to do so on a busy machine.
 */
@Timeout(90)
class HeartbeatTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(SessionSettings.DEAD_AFTER_HEARTBEATS);
    /** How often the streaming test's other user says something: several times per heartbeat. */
    private static final Duration SAY_EVERY = Duration.ofMillis(150);

    @RegisterExtension
    final ServerFixture fixture = new ServerFixture(
            new SessionSettings(HEARTBEAT, Duration.ofSeconds(30), 100));

    private TestTls tls;
    private RunningServer server;

    @BeforeEach
    void useTheFixturesServer() {
        tls = fixture.tls();
        server = fixture.server();
    }

    @Test
    void an_idle_client_gets_a_ping_and_a_pong_keeps_it_alive() throws Exception {
        long start = System.nanoTime(); // before the hello: the server hears nothing from ana after it but pongs
        try (Wire ana = Wire.hello(tls, server.port(), "ana")) {
            for (int i = 0; i < 4; i++) { // 4 heartbeats: longer than the silence that would end it without pongs
                ReconnectServerFrame frame = ana.next();
                assertThat(frame).isInstanceOf(ReconnectServerFrame.Ping.class);
                ana.send(pong((ReconnectServerFrame.Ping) frame));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(DEAD_AFTER);
            ana.send("{\"type\":\"who\"}");
            assertThat(ana.nextNotPing()).as("still registered").isInstanceOf(ReconnectServerFrame.Chat.class);
        }
    }

    @Test
    void a_client_that_only_answers_pings_stays_alive_while_the_server_streams_to_it() throws Exception {
        long start = System.nanoTime(); // before the hello: the server hears nothing from ana after it but pongs
        ScheduledExecutorService talker = Executors.newSingleThreadScheduledExecutor();
        try (Wire ana = Wire.hello(tls, server.port(), "ana");
             Wire bob = Wire.hello(tls, server.port(), "bob")) {
            AtomicInteger said = new AtomicInteger();
            talker.scheduleWithFixedDelay(() -> say(bob, said.incrementAndGet()), 0, SAY_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS); // the server never goes a heartbeat without sending to ana
            int pings = 0;
            long lastMessage = start;
            Duration stream = DEAD_AFTER.plus(HEARTBEAT); // longer than the silence that ends a connection
            while (System.nanoTime() - start < stream.toNanos()) {
                ReconnectServerFrame frame = ana.next(); // the end of the stream (ana dropped) fails the test
                if (frame instanceof ReconnectServerFrame.Ping ping) {
                    pings++;
                    ana.send(pong(ping));
                } else if (frame instanceof ReconnectServerFrame.Chat(ServerFrame.Message message)) {
                    lastMessage = System.nanoTime();
                }
            }
            talker.shutdownNow();

            assertThat(Duration.ofNanos(lastMessage - start)).as("the server still streamed to ana after 3 heartbeats")
                    .isGreaterThan(DEAD_AFTER);
            assertThat(pings).as("pings for the silence of a client the server never stops sending to").isPositive();
            ana.send("{\"type\":\"who\"}");
            assertThat(nextUsers(ana)).as("ana still registered").contains("ana", "bob");
            assertThat(server.server().stats().attached()).isEqualTo(2);
        } finally {
            talker.shutdownNow();
        }
    }

    @Test
    void no_ping_before_registration() throws Exception {
        try (Wire raw = Wire.connect(tls, server.port())) {
            assertThat(raw.closedWithin(HEARTBEAT.multipliedBy(2))).as("nothing arrives, nothing closes").isFalse();
        }
    }

    @Test
    void a_stalled_connection_is_declared_dead_and_its_session_detached() throws Exception {
        try (Relay relay = Relay.start(RelayConfig.to(server.port()), System.err)) {
            long start = System.nanoTime(); // before the hello, the last frame the server gets from ana
            try (Wire ana = Wire.hello(tls, relay.port(), "ana")) {
                // Sockets stay open and nothing passes, for longer than the test runs: only the heartbeat can tell.
                relay.faults().stallAll(EnumSet.allOf(Direction.class), Duration.ofMinutes(5));
                server.log.await("ana detached", DEAD_AFTER.plus(Wire.WAIT));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(DEAD_AFTER);
                assertThat(server.server().stats().attached()).isZero();
                assertThat(server.server().stats().members()).isEqualTo(1);
                relay.faults().cutAll(CutMode.CLOSE); // before the client's close, which would wait for the stalled peer's close_notify
            }
        }
    }

    private static String pong(ReconnectServerFrame.Ping ping) {
        return "{\"type\":\"pong\",\"token\":\"" + ping.token() + "\"}";
    }

    private static void say(Wire from, int n) {
        try {
            from.send("{\"type\":\"say\",\"text\":\"stream " + n + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // ends the stream: the test then finds its last message too early
        }
    }

    /** Reads past pings (answered) and streamed messages to the answer to who. */
    private static List<String> nextUsers(Wire wire) throws Exception {
        for (int i = 0; i < 1000; i++) {
            ReconnectServerFrame frame = wire.next();
            if (frame instanceof ReconnectServerFrame.Ping ping) {
                wire.send(pong(ping));
            } else if (frame instanceof ReconnectServerFrame.Chat(ServerFrame.Users users)) {
                return users.users();
            }
        }
        throw new AssertionError("no users frame among 1000 frames");
    }
}
