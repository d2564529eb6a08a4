package dev.chatlab.lab04.server;

import static dev.chatlab.lab04.server.SessionResumeTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ErrorCode;
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

/** A say or whisper with a cid is acknowledged, and delivered once per cid and session. */
@Timeout(60)
class AcksTest {

    @RegisterExtension
    final ServerFixture fixture = new ServerFixture(
            new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 100));

    private TestTls tls;
    private RunningServer server;

    @BeforeEach
    void useTheFixturesServer() {
        tls = fixture.tls();
        server = fixture.server();
    }

    @Test
    void a_say_with_a_cid_is_delivered_then_acknowledged_with_its_id() throws Exception {
        try (Wire ana = Wire.hello(tls, server.port(), "ana")) {
            ana.send("{\"type\":\"say\",\"text\":\"hi\",\"cid\":\"c-1\"}");
            var message = (ServerFrame.Message) ((ReconnectServerFrame.Chat) ana.nextNotPing()).frame();
            assertThat(ana.nextNotPing()).isEqualTo(new ReconnectServerFrame.Ack("c-1", message.id()));
            ana.send("{\"type\":\"say\",\"text\":\"no cid\"}");
            ana.send("{\"type\":\"who\"}");
            assertThat(((ReconnectServerFrame.Chat) ana.nextNotPing()).frame()).isInstanceOf(ServerFrame.Message.class);
            assertThat(((ReconnectServerFrame.Chat) ana.nextNotPing()).frame()).as("no ack without a cid")
                    .isInstanceOf(ServerFrame.Users.class);
        }
    }

    @Test
    void a_repeated_cid_is_acknowledged_with_the_original_id_and_not_delivered_again() throws Exception {
        try (Wire bob = Wire.hello(tls, server.port(), "bob"); Wire ana = Wire.hello(tls, server.port(), "ana")) {
            bob.nextNotPing(); // joined ana
            ana.send("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"once\",\"cid\":\"w\"}");
            long id = ((ServerFrame.Whisper) ((ReconnectServerFrame.Chat) ana.nextNotPing()).frame()).id();
            assertThat(ana.nextNotPing()).isEqualTo(new ReconnectServerFrame.Ack("w", id));
            ana.send("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"once\",\"cid\":\"w\"}");
            assertThat(ana.nextNotPing()).isEqualTo(new ReconnectServerFrame.Ack("w", id));
            ana.send("{\"type\":\"say\",\"text\":\"after\"}");

            assertThat(((ReconnectServerFrame.Chat) bob.nextNotPing()).frame()).isInstanceOf(ServerFrame.Whisper.class);
            assertThat(((ReconnectServerFrame.Chat) bob.nextNotPing()).frame())
                    .as("the repeat was not delivered: the next frame is the say")
                    .isInstanceOfSatisfying(ServerFrame.Message.class, m -> assertThat(m.text()).isEqualTo("after"));
        }
    }

    @Test
    void a_cid_that_is_not_a_string_of_1_to_64_characters_is_a_bad_frame() throws Exception {
        try (Wire ana = Wire.hello(tls, server.port(), "ana")) {
            for (String cid : new String[] {"\"\"", "\"" + "x".repeat(65) + "\"", "7", "true"}) {
                ana.send("{\"type\":\"say\",\"text\":\"hi\",\"cid\":" + cid + "}");
                assertError(ana.nextNotPing(), ErrorCode.BAD_FRAME);
            }
            ana.send("{\"type\":\"say\",\"text\":\"hi\",\"cid\":\"" + "x".repeat(64) + "\"}");
            assertThat(((ReconnectServerFrame.Chat) ana.nextNotPing()).frame()).isInstanceOf(ServerFrame.Message.class);
            assertThat(ana.nextNotPing()).isInstanceOf(ReconnectServerFrame.Ack.class);
        }
    }
}
