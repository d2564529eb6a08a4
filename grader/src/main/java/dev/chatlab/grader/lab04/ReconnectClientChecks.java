package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;
import static dev.chatlab.grader.lab04.FakeReconnectServer.QUIET_HEARTBEAT_SECONDS;
import static dev.chatlab.grader.lab04.FakeReconnectServer.RECONNECT;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.lab02.ChatClientChecks;
import java.io.IOException;
import org.junit.jupiter.api.Order;

/**
 * Grades a lab04 console client against a lab04 server played by the grader over TLS: the lines it prints when
 * a connection is lost and resumed, the resume it sends, what it resends and when, the ids it shows, how it
 * notices a silent server, and its backoff. Most checks drive one client through a few cut connections
 * ({@link Room}); the two timing checks are {@link ReconnectTiming}'s.
 *
 * <p>lab02's {@code ChatClientChecks} and lab03's {@code SecureClientChecks} do not run for lab04: their fake
 * servers answer hello with lab02's welcome, which has no session (a lab04 client may refuse it), and lab02's
 * client exits 3 when dropped where lab04's reconnects. Of their checks, those that hold by the contract for a
 * lab04 client are the exits of a first connection that fails (refused, or TLS that the client must refuse);
 * the first is {@link #exits_1_when_its_first_connection_fails}, the TLS ones are lab03's to grade.
 */
@GradingSuite
public class ReconnectClientChecks {

    @Check(points = 3, see = "protocol.md#console-client-1",
            hint = "Print `* connection lost; reconnecting in D s (attempt N)` before each attempt, resume with the"
                    + " session and the highest id shown, then `* reconnected (resumed; N missed messages)` (1 missed"
                    + " message) and the replayed messages.")
    @Order(1)
    void prints_the_lost_and_resumed_lines_then_the_missed_messages(Harness harness) throws IOException {
        Room room = Room.start(harness, QUIET_HEARTBEAT_SECONDS);
        room.show(1, 2);
        room.cutAndExpectLost();
        room.resume(2, false, 3, 5);
        room.client.expectLine(ReconnectLines.resumed(3), REPLY);
        room.expectShown(3, 5);
        room.cutAndExpectLost();
        room.resume(5, false, 1, 6);
        room.client.expectLine(ReconnectLines.resumed(1), REPLY);
        room.expectShown(6, 6);
        room.show(7, 7);
    }

    @Check(points = 2, see = "protocol.md#console-client-1",
            hint = "On SESSION_EXPIRED say hello on the same connection and print `* reconnected (session expired;"
                    + " joined again)`; when resumed has gap true, print `* some messages were missed` before the"
                    + " replayed messages.")
    @Order(2)
    void says_hello_again_when_its_session_expired_and_tells_when_messages_were_missed(Harness harness)
            throws IOException {
        Room room = Room.start(harness, QUIET_HEARTBEAT_SECONDS);
        room.show(1, 1);
        room.cutAndExpectLost();
        room.server.accept(RECONNECT);
        room.server.expectResume(room.session, 1);
        room.server.connection().send("error", "code", "SESSION_EXPIRED", "message", "The session has expired.");
        room.session = room.server.newSession();
        room.server.welcome(room.nick, room.users, room.session, QUIET_HEARTBEAT_SECONDS, REPLY);
        room.client.expectLine(ReconnectLines.EXPIRED, REPLY);
        room.show(8, 8);
        room.cutAndExpectLost();
        room.resume(8, true, 2, 12);
        room.client.expectLine(ReconnectLines.resumed(2), REPLY);
        room.client.expectLine(ReconnectLines.GAP, REPLY);
        room.expectShown(11, 12);
    }

    @Check(points = 3, see = "lab04.md#tasks-7-and-8-resend-after-resume-show-each-id-once",
            hint = "Give each say and whisper a cid and keep it until its ack comes; after a resume send every"
                    + " unacknowledged one again, in order, with the SAME cid, so that the server delivers it once.")
    @Order(3)
    void resends_unacknowledged_says_and_whispers_with_their_original_cids_after_a_resume(Harness harness)
            throws IOException {
        Room room = Room.start(harness, QUIET_HEARTBEAT_SECONDS);
        String acked = Samples.text(harness.random()) + " a";
        String said = Samples.text(harness.random()) + " b";
        String whispered = Samples.text(harness.random()) + " c";
        room.client.type(acked);
        room.client.type(said);
        room.client.type("/msg " + room.other + " " + whispered);
        String ackedCid = Resends.cid(room.server.connection().expect("say"), acked);
        room.server.message(1, room.nick, acked);
        room.server.connection().send("ack", "cid", ackedCid, "id", 1);
        room.client.expectLine("<" + room.nick + "> " + acked, REPLY);
        String saidCid = Resends.cid(room.server.connection().expect("say"), said);
        String whisperedCid = Resends.cid(room.server.connection().expect("whisper"), whispered);
        room.cutAndExpectLost(); // neither is acknowledged: both must come again after the resume, with their cids
        room.resume(1, false, 0, 1);
        room.client.expectLine(ReconnectLines.resumed(0), REPLY);
        Resends resends = new Resends(room.server.connection(), ackedCid);
        resends.expect("say", said, saidCid);
        resends.expect("whisper", whispered, whisperedCid);
    }

    @Check(points = 2, see = "protocol.md#console-client-1",
            hint = "Keep what is typed while the connection is down in the outbox, and send it once the new"
                    + " connection is resumed (not before: the server must see resume first).")
    @Order(4)
    void sends_what_is_typed_while_offline_once_it_has_resumed(Harness harness) throws IOException {
        Room room = Room.start(harness, QUIET_HEARTBEAT_SECONDS);
        room.cutAndExpectLost();
        String first = Samples.text(harness.random()) + " first";
        String second = Samples.text(harness.random()) + " second";
        room.client.type(first);
        room.client.type(second);
        room.resume(0, false, 0, 0);
        Expect.equal("the text of the first say typed offline", first,
                string(room.server.connection().expect("say"), "text"));
        Expect.equal("the text of the second say typed offline", second,
                string(room.server.connection().expect("say"), "text"));
    }

    @Check(points = 2, see = "lab04.md#tasks-7-and-8-resend-after-resume-show-each-id-once",
            hint = "Remember the highest id shown; skip any message or whisper whose id is not above it, whether a"
                    + " resume replays it or it comes twice live.")
    @Order(5)
    void never_shows_an_id_twice_when_the_server_sends_it_again(Harness harness) throws IOException {
        Room room = Room.start(harness, QUIET_HEARTBEAT_SECONDS);
        room.show(1, 2);
        room.cutAndExpectLost();
        room.resume(2, false, 2, 3); // the replay starts at 2, which the client showed already
        room.client.expectLine(ReconnectLines.resumed(2), REPLY);
        room.expectShown(3, 3);
        room.server.message(3, room.other, room.text(3)); // live, again
        room.show(4, 4);
    }

    @Check(points = 1, see = "protocol.md#console-client-1",
            hint = "If the very first connection fails, write one `error: ...` line on stderr and exit 1; the client"
                    + " reconnects only once it has been connected.")
    @Order(6)
    void exits_1_when_its_first_connection_fails(Harness harness) throws IOException {
        ChatClientChecks.expectExit1WhenTheConnectionIsRefused(harness, Samples.nicks(harness.random(), 1)[0]);
    }

    @Check(points = 3, see = "lab04.md#heartbeats",
            hint = "Answer ping with pong{token}, and watch the silence: with heartbeatSeconds H from the welcome,"
                    + " 3 x H without a byte from the server means the connection is dead, even if the socket is"
                    + " still open: close it and reconnect.")
    @Order(7)
    void answers_pings_and_reconnects_after_3_heartbeats_of_silence(Harness harness) throws IOException {
        ReconnectTiming.silentServer(harness);
    }

    @Check(points = 3, see = "lab04.md#backoff-and-jitter", timeoutSeconds = 90,
            hint = "Before attempt n (from 0) wait a delay drawn uniformly at random in [0, min(8 s, 0.25 s * 2^n)),"
                    + " print it, wait exactly that, and start again from attempt 0 after each reconnection.")
    @Order(8)
    void waits_full_jitter_backoff_delays_between_attempts(Harness harness) throws Exception {
        ReconnectTiming.backoff(harness);
    }
}
