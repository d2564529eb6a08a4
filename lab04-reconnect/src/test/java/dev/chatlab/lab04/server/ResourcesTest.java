package dev.chatlab.lab04.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.ServerFixture;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.lab04.testing.Wire;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An ended session (expired, or after bye) frees everything it held: the server is back where it was. */
@Timeout(60)
class ResourcesTest {

    @RegisterExtension
    final ServerFixture fixture = new ServerFixture(
            new SessionSettings(Duration.ofSeconds(5), Duration.ofMillis(500), 100));

    private TestTls tls;
    private RunningServer server;

    @BeforeEach
    void useTheFixturesServer() {
        tls = fixture.tls();
        server = fixture.server();
    }

    @Test
    void an_expired_session_announces_left_timeout_frees_the_nick_and_everything_it_held() throws Exception {
        try (Wire bob = Wire.hello(tls, server.port(), "bob")) {
            SessionStats before = server.server().stats();
            Wire ana = Wire.hello(tls, server.port(), "ana");
            ana.send("{\"type\":\"say\",\"text\":\"hi\",\"cid\":\"1\"}");
            ana.nextNotPing();
            ana.nextNotPing(); // the ack: the cid is remembered
            assertThat(server.server().stats().cids()).isEqualTo(1);
            ana.drop();

            assertThat(bob.nextNotPing()).isEqualTo(new ReconnectServerFrame.Chat(new ServerFrame.Joined("ana")));
            assertThat(((ReconnectServerFrame.Chat) bob.nextNotPing()).frame()).isInstanceOf(ServerFrame.Message.class);
            assertThat(bob.nextNotPing()).as("after the resume window")
                    .isEqualTo(new ReconnectServerFrame.Chat(new ServerFrame.Left("ana", LeftReason.TIMEOUT)));

            assertThat(server.server().stats()).isEqualTo(new SessionStats(before.sessions(), before.members(),
                    before.attached(), before.cids(), before.historyFrames() + 1, before.timerTasks()));
            try (Wire again = Wire.hello(tls, server.port(), "ana")) {
                assertThat(again).as("the nick is free again").isNotNull();
            }
        }
    }

    @Test
    void bye_ends_the_session_at_once_and_frees_everything_it_held() throws Exception {
        try (Wire bob = Wire.hello(tls, server.port(), "bob")) {
            SessionStats before = server.server().stats();
            try (Wire ana = Wire.hello(tls, server.port(), "ana")) {
                ana.send("{\"type\":\"say\",\"text\":\"hi\",\"cid\":\"1\"}");
                ana.send("{\"type\":\"bye\"}");
                assertThat(ana.closedWithin(Wire.WAIT)).isTrue();
            }
            bob.nextNotPing(); // joined
            bob.nextNotPing(); // message
            assertThat(bob.nextNotPing()).isEqualTo(new ReconnectServerFrame.Chat(new ServerFrame.Left("ana", LeftReason.BYE)));

            assertThat(server.server().stats()).isEqualTo(new SessionStats(before.sessions(), before.members(),
                    before.attached(), before.cids(), before.historyFrames() + 1, before.timerTasks()));
        }
    }
}
