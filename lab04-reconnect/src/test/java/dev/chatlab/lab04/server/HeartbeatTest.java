package dev.chatlab.lab04.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.ServerFixture;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.lab04.testing.Wire;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server pings an idle client and treats three heartbeats of silence as a dead connection. */
@Timeout(60)
class HeartbeatTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

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
        try (Wire ana = Wire.hello(tls, server.port(), "ana")) {
            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) { // 4 heartbeats: longer than the silence that would end it without pongs
                ReconnectServerFrame frame = ana.next();
                assertThat(frame).isInstanceOf(ReconnectServerFrame.Ping.class);
                ana.send("{\"type\":\"pong\",\"token\":\"" + ((ReconnectServerFrame.Ping) frame).token() + "\"}");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(HEARTBEAT.multipliedBy(SessionSettings.DEAD_AFTER_HEARTBEATS));
            ana.send("{\"type\":\"who\"}");
            assertThat(ana.nextNotPing()).as("still registered").isInstanceOf(ReconnectServerFrame.Chat.class);
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
        try (Relay relay = Relay.start(RelayConfig.to(server.port()), System.err);
             Wire ana = Wire.hello(tls, relay.port(), "ana")) {
            long start = System.nanoTime();
            // Sockets stay open and nothing passes, for longer than the test runs: only the heartbeat can tell.
            relay.faults().stallAll(EnumSet.allOf(Direction.class), Duration.ofMinutes(5));
            server.log.await("ana detached", Wire.WAIT);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(HEARTBEAT.multipliedBy(2));
            assertThat(server.server().stats().attached()).isZero();
            assertThat(server.server().stats().members()).isEqualTo(1);
            relay.faults().cutAll(CutMode.CLOSE); // before the client's close, which would wait for the stalled peer's close_notify
        }
    }
}
