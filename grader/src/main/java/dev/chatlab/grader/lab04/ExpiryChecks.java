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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades how a session ends: a detached one when its resume window passes ({@code --resume-seconds}, run at
 * {@value #RESUME_SECONDS} s), and an attached one at once on bye or on a close the server decides (ten errors
 * in a row). Each time the others are told why, the nick is free again, and the session cannot be resumed.
 */
@GradingSuite
public class ExpiryChecks {

    private static final int RESUME_SECONDS = 2;
    /** How late the left timeout may come: a timer thread on a busy machine. */
    private static final Duration LATE = Duration.ofSeconds(3);
    /** How early: the grader starts its clock before the server sees the connection end. */
    private static final Duration EARLY = Duration.ofMillis(300);
    private static final int ERRORS_THAT_CLOSE = 10;

    @Check(points = 5, see = "protocol.md#detach-resume-expiry",
            hint = "When a connection is lost without bye, start a timer of --resume-seconds; if no resume comes"
                    + " first, send the others left{nick, reason:\"timeout\"} and free the nick, the session id and"
                    + " everything else the session held.")
    @Order(1)
    void ends_a_session_not_resumed_within_resume_seconds_with_left_timeout_and_frees_its_nick(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.start(harness, Sessions.CALM_HEARTBEAT_SECONDS, RESUME_SECONDS);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection watcher = room.get(0).connection();
        long lost = System.nanoTime();
        Sessions.lose(room.get(1).connection());
        Duration window = Duration.ofSeconds(RESUME_SECONDS);
        JsonNode left = watcher.next(window.plus(LATE));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - lost);
        expectLeft(left, nicks[1], "timeout");
        Expect.that(elapsed.compareTo(window.minus(EARLY)) >= 0, "left timeout once the resume window of "
                + RESUME_SECONDS + " s has passed", String.format("it after %.1f s", elapsed.toMillis() / 1000.0));
        expectEnded(server, room.get(1), watcher);
    }

    @Check(points = 3, see = "protocol.md#detach-resume-expiry",
            hint = "bye ends the session at once: left{nick, reason:\"bye\"} to the others, the nick free, and the"
                    + " session id forgotten (a resume gets SESSION_EXPIRED), with no resume window.")
    @Order(2)
    void ends_the_session_at_once_on_bye(Harness harness) throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection leaving = room.get(1).connection();
        leaving.send("bye");
        leaving.expectClosed(REPLY);
        expectLeft(room.get(0).connection().expect("left"), nicks[1], "bye");
        expectEnded(server, room.get(1), room.get(0).connection());
    }

    @Check(points = 2, see = "protocol.md#detach-resume-expiry",
            hint = "A close the server decides is no lost connection: after the 10th error in a row, end the"
                    + " session at once with left{nick, reason:\"disconnect\"} and forget its session id.")
    @Order(3)
    void ends_the_session_at_once_when_it_closes_a_connection_after_10_errors_in_a_row(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection noisy = room.get(1).connection();
        noisy.raw().send("not json\n".repeat(ERRORS_THAT_CLOSE).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ERRORS_THAT_CLOSE; i++) {
            noisy.expectErrorFrame("BAD_FRAME");
        }
        noisy.expectClosed(REPLY);
        expectLeft(room.get(0).connection().expect("left"), nicks[1], "disconnect");
        expectEnded(server, room.get(1), room.get(0).connection());
    }

    private static void expectLeft(JsonNode left, String nick, String reason) {
        Expect.equal("the type of the frame", "left", ChatConnection.type(left));
        Expect.equal("the nick in `left`", nick, string(left, "nick"));
        Expect.equal("the reason in `left`", reason, string(left, "reason"));
    }

    /**
     * Expects the session of {@code gone} to be over: a resume of it gets SESSION_EXPIRED, and a hello with its
     * nick, spelled in another case, on the same connection gets welcome, which {@code watcher} sees joining.
     */
    private static void expectEnded(ServerProcess server, Member gone, ChatConnection watcher) throws IOException {
        ChatConnection again = Sessions.resume(server, gone.session(), 0);
        again.expectError("SESSION_EXPIRED");
        String nick = Samples.swapCase(gone.nick());
        again.hello(nick);
        Expect.equal("the nick in `joined`", nick, string(watcher.expect("joined"), "nick"));
    }
}
