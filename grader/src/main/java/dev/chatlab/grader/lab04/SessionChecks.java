package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.lab04.Sessions.Member;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades lab04's sessions as a client meets them: the session id and the two numbers of the welcome, and the
 * answers to a resume that cannot take a session (an unknown one, or one sent on a registered connection) or
 * that takes one over from a connection still open.
 */
@GradingSuite
public class SessionChecks {

    /** URL-safe base64 without padding: the alphabet's 64 characters and nothing else. */
    private static final Pattern URL_SAFE_BASE64 = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int SESSION_BITS = 128;
    private static final int HEARTBEAT_SECONDS = 7;
    private static final int RESUME_SECONDS = 11;

    @Check(points = 4, see = "protocol.md#sessions-and-acks",
            hint = "Add to welcome a session of at least 128 bits from a SecureRandom, in"
                    + " Base64.getUrlEncoder().withoutPadding(), a new one for each hello, and heartbeatSeconds and"
                    + " resumeSeconds as --heartbeat-seconds and --resume-seconds set them (5 and 30 without them).")
    @Order(1)
    void welcomes_with_a_random_128_bit_session_and_the_heartbeat_and_resume_seconds_of_its_flags(Harness harness)
            throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 3);
        ServerProcess defaults = harness.startServer();
        expectNumbers(ChatConnection.connect(defaults).hello(nicks[0]), 5, 30);

        ServerProcess server = Sessions.start(harness, HEARTBEAT_SECONDS, RESUME_SECONDS);
        List<Member> room = Sessions.room(server, nicks[1], nicks[2]);
        for (Member member : room) {
            expectSessionId(member.session());
        }
        Expect.that(!room.get(0).session().equals(room.get(1).session()), "a session of its own for each hello",
                "the same session " + room.get(0).session() + " twice");
        ChatConnection third = ChatConnection.connect(server);
        expectNumbers(third.hello(nicks[0]), HEARTBEAT_SECONDS, RESUME_SECONDS);
    }

    @Check(points = 3, see = "lab04.md#sessions-resume-and-the-history-ring",
            hint = "A resume whose session the server does not know gets error SESSION_EXPIRED; keep the connection"
                    + " open and unregistered, so that the client can say hello on it.")
    @Order(2)
    void answers_an_unknown_session_with_SESSION_EXPIRED_and_takes_a_hello_on_the_same_connection(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        Member member = Sessions.join(server, nicks[0]);
        byte[] unknown = new byte[SESSION_BITS / 8];
        harness.random().nextBytes(unknown);
        ChatConnection stranger = Sessions.resume(server,
                Base64.getUrlEncoder().withoutPadding().encodeToString(unknown), 0);
        stranger.expectError("SESSION_EXPIRED");
        stranger.hello(nicks[1]);
        Expect.equal("the nick in `joined`", nicks[1], string(member.connection().expect("joined"), "nick"));
    }

    @Check(points = 4, see = "protocol.md#detach-resume-expiry",
            hint = "A resume of a session whose old connection still looks open takes the session over: close the"
                    + " old connection, announce nothing, and send the session's frames to the new one from then on.")
    @Order(3)
    void closes_the_old_connection_when_its_session_is_resumed_elsewhere_and_announces_nothing(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        Member moving = room.get(0);
        Member other = room.get(1);
        ChatConnection taken = Sessions.resume(server, moving.session(), 0);
        Sessions.expectResumed(taken, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)), false, 0);
        moving.connection().raw().discardUntilClosed(REPLY);
        other.connection().expectAlive(); // a left or a joined would come before the pong
        String text = Samples.text(harness.random());
        other.connection().send("say", "text", text);
        other.connection().expectMessage(nicks[1], text);
        taken.expectMessage(nicks[1], text);
    }

    @Check(points = 2, see = "protocol.md#detach-resume-expiry",
            hint = "resume replaces hello: on a connection that is already registered it is ALREADY_REGISTERED,"
                    + " whatever session it names, and the connection keeps its own session.")
    @Order(4)
    void refuses_a_resume_on_a_registered_connection_with_ALREADY_REGISTERED(Harness harness) throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection first = room.get(0).connection();
        for (Member named : room) {
            first.send("resume", "session", named.session(), "last", 0);
            first.expectError("ALREADY_REGISTERED");
        }
        String text = Samples.text(harness.random());
        first.send("say", "text", text);
        first.expectMessage(nicks[0], text);
        room.get(1).connection().expectMessage(nicks[0], text);
    }

    /** Checks that {@code session} is URL-safe base64 without padding of at least 128 bits. */
    private static void expectSessionId(String session) {
        Expect.that(URL_SAFE_BASE64.matcher(session).matches(), "a session in URL-safe base64 without padding"
                + " (A-Z a-z 0-9 - _ only)", session);
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(session);
        } catch (IllegalArgumentException notBase64) {
            throw new AssertionError("expected a session in URL-safe base64, but " + session + " does not decode: "
                    + notBase64.getMessage(), notBase64);
        }
        Expect.that(decoded.length * 8 >= SESSION_BITS, "a session of at least " + SESSION_BITS + " bits",
                decoded.length * 8 + " bits in " + session);
    }

    /** Checks the heartbeat and resume seconds of {@code welcome}. */
    private static void expectNumbers(JsonNode welcome, int heartbeatSeconds, int resumeSeconds) {
        for (String field : List.of("heartbeatSeconds", "resumeSeconds")) {
            int expected = field.equals("heartbeatSeconds") ? heartbeatSeconds : resumeSeconds;
            JsonNode value = welcome.get(field);
            Expect.that(value != null && value.isIntegralNumber() && value.longValue() == expected,
                    "`" + field + "` " + expected + " in `welcome`", ChatConnection.show(welcome));
        }
    }
}
