package dev.chatlab.lab04.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.ServerFixture;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.lab04.testing.Wire;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sessions outlive their connections: detach, resume with the missed frames, expiry, and the refusals around them. */
@Timeout(60)
class SessionResumeTest {

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
    void welcome_carries_a_random_url_safe_session_and_the_two_numbers() throws Exception {
        try (Wire ana = Wire.connect(tls, server.port()); Wire bob = Wire.connect(tls, server.port())) {
            ana.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
            bob.send("{\"type\":\"hello\",\"nick\":\"bob\"}");
            var first = (ReconnectServerFrame.Welcome) ana.next();
            var second = (ReconnectServerFrame.Welcome) bob.next();

            assertThat(first.session()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(second.session());
            assertThat(first.heartbeatSeconds()).isEqualTo(5);
            assertThat(first.resumeSeconds()).isEqualTo(30);
        }
    }

    @Test
    void a_lost_connection_announces_nothing_and_keeps_the_nick_listed() throws Exception {
        try (Wire bob = Wire.hello(tls, server.port(), "bob")) {
            Wire ana = Wire.hello(tls, server.port(), "ana");
            assertThat(bob.nextNotPing()).isEqualTo(chat(new ServerFrame.Joined("ana")));
            ana.drop();
            server.log.await("ana detached", Wire.WAIT);

            bob.send("{\"type\":\"who\"}");
            assertThat(bob.nextNotPing()).as("no left frame, and ana still listed")
                    .isEqualTo(chat(new ServerFrame.Users(List.of("ana", "bob"))));
            bob.send("{\"type\":\"hello\",\"nick\":\"other\"}");
            bob.send("{\"type\":\"whisper\",\"to\":\"ana\",\"text\":\"are you there?\"}");
            assertError(bob.nextNotPing(), ErrorCode.ALREADY_REGISTERED);
            assertThat(bob.nextNotPing()).as("a whisper to a detached session is accepted")
                    .isInstanceOf(ReconnectServerFrame.Chat.class)
                    .extracting(frame -> ((ReconnectServerFrame.Chat) frame).frame())
                    .isInstanceOf(ServerFrame.Whisper.class);
        }
    }

    @Test
    void resume_replays_exactly_the_missed_messages_and_whispers_in_id_order_then_live_traffic() throws Exception {
        try (Wire bob = Wire.hello(tls, server.port(), "bob"); Wire cy = Wire.hello(tls, server.port(), "cy")) {
            Wire first = Wire.connect(tls, server.port());
            first.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
            String session = ((ReconnectServerFrame.Welcome) first.next()).session();
            bob.send("{\"type\":\"say\",\"text\":\"one\"}");
            long seen = ((ServerFrame.Message) ((ReconnectServerFrame.Chat) first.nextNotPing()).frame()).id();
            first.drop();
            server.log.await("ana detached", Wire.WAIT);
            bob.send("{\"type\":\"say\",\"text\":\"two\"}");
            bob.send("{\"type\":\"whisper\",\"to\":\"cy\",\"text\":\"not for ana\"}");
            bob.send("{\"type\":\"whisper\",\"to\":\"ANA\",\"text\":\"for ana\"}");
            awaitText(bob, "for ana"); // bob's frames have their ids before cy's say gets one
            cy.send("{\"type\":\"say\",\"text\":\"three\"}");
            awaitText(cy, "three");

            try (Wire again = Wire.connect(tls, server.port())) {
                again.send("{\"type\":\"resume\",\"session\":\"" + session + "\",\"last\":" + seen + "}");
                assertThat(again.nextNotPing()).isEqualTo(new ReconnectServerFrame.Resumed("ana",
                        List.of("ana", "bob", "cy"), false, 3));
                assertThat(text(again.nextNotPing())).isEqualTo("two");
                assertThat(text(again.nextNotPing())).isEqualTo("for ana");
                assertThat(text(again.nextNotPing())).isEqualTo("three");
                bob.send("{\"type\":\"say\",\"text\":\"live\"}");
                assertThat(text(again.nextNotPing())).isEqualTo("live");
            }
        }
    }

    @Test
    void resume_says_gap_when_the_history_no_longer_holds_everything_missed() throws Exception {
        server = fixture.restart(new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 3));
        try (Wire bob = Wire.hello(tls, server.port(), "bob")) {
            Wire first = Wire.connect(tls, server.port());
            first.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
            String session = ((ReconnectServerFrame.Welcome) first.next()).session();
            first.drop();
            server.log.await("ana detached", Wire.WAIT);
            for (int i = 1; i <= 5; i++) {
                bob.send("{\"type\":\"say\",\"text\":\"m" + i + "\"}");
            }
            awaitText(bob, "m5");

            try (Wire again = Wire.connect(tls, server.port())) {
                again.send("{\"type\":\"resume\",\"session\":\"" + session + "\",\"last\":0}");
                assertThat(again.nextNotPing()).isEqualTo(new ReconnectServerFrame.Resumed("ana",
                        List.of("ana", "bob"), true, 3));
                assertThat(text(again.nextNotPing())).isEqualTo("m3");
                assertThat(text(again.nextNotPing())).isEqualTo("m4");
                assertThat(text(again.nextNotPing())).isEqualTo("m5");
            }
        }
    }

    @Test
    void an_unknown_session_is_refused_and_the_connection_stays_open_for_a_hello() throws Exception {
        try (Wire wire = Wire.connect(tls, server.port())) {
            wire.send("{\"type\":\"resume\",\"session\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"last\":0}");
            assertError(wire.next(), ErrorCode.SESSION_EXPIRED);
            wire.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
            assertThat(wire.next()).isInstanceOf(ReconnectServerFrame.Welcome.class);
        }
    }

    @Test
    void resume_on_a_registered_connection_is_already_registered_and_fields_are_checked() throws Exception {
        try (Wire ana = Wire.hello(tls, server.port(), "ana"); Wire raw = Wire.connect(tls, server.port())) {
            ana.send("{\"type\":\"resume\",\"session\":\"x\",\"last\":0}");
            assertError(ana.nextNotPing(), ErrorCode.ALREADY_REGISTERED);
            raw.send("{\"type\":\"pong\"}");
            assertError(raw.next(), ErrorCode.NOT_REGISTERED);
            raw.send("{\"type\":\"resume\",\"session\":\"x\",\"last\":-1}");
            assertError(raw.next(), ErrorCode.BAD_FRAME);
            raw.send("{\"type\":\"resume\",\"last\":3}");
            assertError(raw.next(), ErrorCode.BAD_FRAME);
        }
    }

    @Test
    void a_resume_while_the_old_connection_is_open_closes_the_old_one() throws Exception {
        Wire first = Wire.connect(tls, server.port());
        first.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
        String session = ((ReconnectServerFrame.Welcome) first.next()).session();
        try (first; Wire second = Wire.connect(tls, server.port())) {
            second.send("{\"type\":\"resume\",\"session\":\"" + session + "\",\"last\":0}");
            assertThat(second.nextNotPing()).isInstanceOf(ReconnectServerFrame.Resumed.class);
            assertThat(first.closedWithin(Wire.WAIT)).as("the old connection is closed").isTrue();
        }
    }

    private static void awaitText(Wire wire, String text) throws Exception {
        while (!text.equals(text(wire.nextNotPing()))) {
            // frames before it
        }
    }

    private static String text(ReconnectServerFrame frame) {
        return switch (((ReconnectServerFrame.Chat) frame).frame()) {
            case ServerFrame.Message message -> message.text();
            case ServerFrame.Whisper whisper -> whisper.text();
            default -> "";
        };
    }

    static ReconnectServerFrame chat(ServerFrame frame) {
        return new ReconnectServerFrame.Chat(frame);
    }

    static void assertError(ReconnectServerFrame frame, ErrorCode code) {
        assertThat(frame).isInstanceOf(ReconnectServerFrame.Chat.class);
        assertThat(((ReconnectServerFrame.Chat) frame).frame()).isInstanceOfSatisfying(ServerFrame.Error.class,
                error -> assertThat(error.code()).isEqualTo(code));
    }
}
