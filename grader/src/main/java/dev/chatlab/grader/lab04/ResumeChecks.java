package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.id;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.lab04.Sessions.Member;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades what happens between a lost connection and its resume: the session is detached and nothing is
 * announced; whispers to it are accepted; and resume answers resumed, then exactly the frames the session
 * missed after {@code last}, in id order, then live traffic, with {@code gap} when the history ring (run small
 * with {@code --history}) no longer holds them all.
 */
@GradingSuite
public class ResumeChecks {

    /** How long a watcher is watched after a reset it cannot see the server handle. */
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final int HISTORY = 3;
    private static final int SAYS_BEYOND_THE_HISTORY = HISTORY + 2;

    @Check(points = 5, see = "protocol.md#detach-resume-expiry",
            hint = "A connection that ends without bye (end of stream, reset) only detaches its session: announce"
                    + " no left, keep the nick reserved and in users until the resume window ends.")
    @Order(1)
    void announces_nothing_for_a_connection_lost_without_bye_and_keeps_its_nick_in_users(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection watcher = room.get(0).connection();
        Sessions.lose(room.get(1).connection());
        watcher.expectAlive(); // a left would come before the pong
        room.get(2).connection().raw().reset();
        watcher.expectNothing(QUIET);
        watcher.send("who");
        Expect.equal("the users after two connections were lost", Samples.sortedIgnoringCase(List.of(nicks)),
                ChatConnection.users(watcher.expect("users")));
        ChatConnection newcomer = ChatConnection.connect(server);
        newcomer.send("hello", "nick", Samples.swapCase(nicks[1]));
        newcomer.expectError("NICK_TAKEN");
    }

    @Check(points = 4, see = "protocol.md#detach-resume-expiry",
            hint = "A whisper to a detached member is no NO_SUCH_USER: deliver it to the sender, keep it in the"
                    + " history, and replay it when the recipient resumes.")
    @Order(2)
    void accepts_a_whisper_to_a_detached_member_and_replays_it_on_resume(Harness harness) throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        Member away = room.get(0);
        ChatConnection sender = room.get(1).connection();
        Sessions.lose(away.connection());
        String text = Samples.text(harness.random());
        sender.send("whisper", "to", nicks[0], "text", text);
        long whispered = id(sender.expectWhisper(nicks[1], nicks[0], text));

        ChatConnection back = Sessions.resume(server, away.session(), 0);
        Sessions.expectResumed(back, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)), false, 1);
        Expect.equal("the id of the replayed whisper", whispered,
                id(back.expectWhisper(nicks[1], nicks[0], text)));
        back.expectAlive();
    }

    @Check(points = 7, see = "lab04.md#sessions-resume-and-the-history-ring",
            hint = "After resumed send every message, and every whisper from or to the session's nick, with an id"
                    + " above last, in id order, before any live frame: queue them under the same lock as the live"
                    + " traffic.")
    @Order(3)
    void replays_exactly_the_messages_and_own_whispers_after_last_in_order_then_live_traffic(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<Member> room = Sessions.room(server, nicks);
        Member away = room.get(0);
        ChatConnection second = room.get(1).connection();
        ChatConnection third = room.get(2).connection();
        second.send("say", "text", "seen before the drop");
        long last = id(away.connection().expectMessage(nicks[1], "seen before the drop"));
        second.expectMessage(nicks[1], "seen before the drop");
        third.expectMessage(nicks[1], "seen before the drop");
        Sessions.lose(away.connection());

        List<JsonNode> missed = new ArrayList<>();
        second.send("say", "text", "missed 1");
        missed.add(second.expectMessage(nicks[1], "missed 1"));
        third.expectMessage(nicks[1], "missed 1");
        third.send("whisper", "to", nicks[0], "text", "missed 2, to you");
        missed.add(third.expectWhisper(nicks[2], nicks[0], "missed 2, to you"));
        second.send("whisper", "to", nicks[2], "text", "not for you");
        second.expectWhisper(nicks[1], nicks[2], "not for you");
        third.expectWhisper(nicks[1], nicks[2], "not for you");
        third.send("say", "text", "missed 3");
        missed.add(third.expectMessage(nicks[2], "missed 3"));
        second.expectMessage(nicks[2], "missed 3");

        ChatConnection back = Sessions.resume(server, away.session(), last);
        Sessions.expectResumed(back, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)), false, missed.size());
        for (JsonNode frame : missed) {
            Sessions.expectReplayed(frame, back.next(ChatConnection.REPLY));
        }
        second.send("say", "text", "live again");
        back.expectMessage(nicks[1], "live again");
    }

    @Check(points = 5, see = "lab04.md#tasks-2-and-3-the-history-ring-and-its-gap",
            hint = "Keep the last --history frames in one ring; when it has evicted a frame above last, resumed says"
                    + " gap true and missed counts the frames it still holds after last, which follow in order.")
    @Order(4)
    void resumes_with_gap_true_and_the_frames_still_held_when_the_history_overflowed(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness, "--history", Integer.toString(HISTORY));
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        Member away = room.get(0);
        ChatConnection talker = room.get(1).connection();
        talker.send("say", "text", "seen before the drop");
        long last = id(away.connection().expectMessage(nicks[1], "seen before the drop"));
        talker.expect("message");
        Sessions.lose(away.connection());

        List<JsonNode> said = new ArrayList<>();
        for (int i = 1; i <= SAYS_BEYOND_THE_HISTORY; i++) {
            talker.send("say", "text", "missed " + i);
            said.add(talker.expectMessage(nicks[1], "missed " + i));
        }
        ChatConnection back = Sessions.resume(server, away.session(), last);
        Sessions.expectResumed(back, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)), true, HISTORY);
        for (JsonNode frame : said.subList(said.size() - HISTORY, said.size())) {
            Sessions.expectReplayed(frame, back.next(ChatConnection.REPLY));
        }
        back.expectAlive();
    }
}
