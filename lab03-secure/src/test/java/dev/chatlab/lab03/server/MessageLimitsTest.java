package dev.chatlab.lab03.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The token bucket of say and whisper, and the ten errors in a row that close a connection. */
@Timeout(30)
class MessageLimitsTest {

    private static final String BAD_TEXT = TlsChat.say("   ");

    @Test
    void a_burst_of_20_is_delivered_then_RATE_LIMITED_and_the_others_see_only_what_was_delivered() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat ana = TlsChat.register(server.port(), "ana");
             TlsChat bob = TlsChat.register(server.port(), "bob")) {
            ana.next("joined");
            ana.send(BAD_TEXT); // refused by its fields: uses no token
            ana.expectError("BAD_TEXT");
            for (int i = 1; i <= 22; i++) {
                ana.send(i % 2 == 0 ? TlsChat.say("m" + i) : "{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"m" + i + "\"}");
            }

            List<String> seen = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                seen.add(bob.next().get("text").stringValue());
            }
            assertThat(seen).hasSize(20).endsWith("m20");
            bob.expectNothingPending();
            for (int i = 1; i <= 20; i++) {
                ana.next();
            }
            ana.expectError("RATE_LIMITED");
            ana.expectError("RATE_LIMITED");
            ana.expectAlive(); // kept
        }
    }

    @Test
    void ten_errors_in_a_row_close_the_connection_and_the_others_hear_left_disconnect() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat ana = TlsChat.register(server.port(), "ana");
             TlsChat bob = TlsChat.register(server.port(), "bob")) {
            ana.next("joined");
            sendErrors(bob, 10);

            bob.expectClosedByServer();
            assertThat(ana.next("left").get("reason").stringValue()).isEqualTo("disconnect");
        }
    }

    @Test
    void nine_errors_a_good_frame_and_nine_more_keep_the_connection_and_RATE_LIMITED_does_not_count()
            throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat ana = TlsChat.register(server.port(), "ana")) {
            sendErrors(ana, 9);
            ana.expectAlive(); // a frame without error starts the count again
            for (int i = 0; i < 20; i++) {
                ana.send(TlsChat.say("m" + i));
                ana.next("message");
            }
            sendErrors(ana, 9);
            ana.send(TlsChat.say("one too many")); // RATE_LIMITED: neither the tenth error nor a reset
            ana.expectError("RATE_LIMITED");
            ana.expectAlive();
            sendErrors(ana, 9);
            ana.send(TlsChat.say("one too many"));
            ana.expectError("RATE_LIMITED");
            sendErrors(ana, 1);
            ana.expectClosedByServer(); // 9, RATE_LIMITED, 1: the tenth in a row
        }
    }

    @Test
    void the_tenth_error_arrives_even_when_the_client_sent_more_after_it() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat eve = TlsChat.register(server.port(), "eve")) {
            StringBuilder flood = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                flood.append("not json ").append(i).append('\n');
            }
            eve.send(flood.toString()); // 300 errors at once: the server closes after the tenth, 290 unread

            for (int i = 1; i <= 10; i++) {
                eve.expectError("BAD_FRAME");
            }
            eve.expectClosedByServer();
        }
    }

    private static void sendErrors(TlsChat chat, int count) throws Exception {
        List<String> bad = List.of("not json", "{\"type\":\"nope\"}", BAD_TEXT, "{\"type\":\"hello\",\"nick\":\"x\"}");
        for (int i = 0; i < count; i++) {
            chat.send(bad.get(i % bad.size()));
        }
        for (int i = 0; i < count; i++) {
            chat.next("error");
        }
    }
}
