package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.id;
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
import java.util.List;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades lab04's acks: a say or whisper with a cid is acknowledged with the id it got, a cid the session sent
 * before is acknowledged with its first id and delivered to nobody (on the same connection or after a resume),
 * and a cid that is not a string of 1 to 64 characters is a bad frame. Each time a watcher proves that nothing
 * more reached it: its ping's pong is the next frame it reads, and a duplicate would have been queued first.
 */
@GradingSuite
public class AckChecks {

    private static final String LONGEST_CID = "c".repeat(64);

    @Check(points = 4, see = "protocol.md#sessions-and-acks",
            hint = "For a say or whisper with a cid, send the sender ack{cid, id} with the id its message or whisper"
                    + " got (after delivering it); without a cid, send no ack.")
    @Order(1)
    void acknowledges_a_say_and_a_whisper_with_a_cid_by_the_id_they_were_delivered_with(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection sender = room.get(0).connection();
        ChatConnection other = room.get(1).connection();
        String text = Samples.text(harness.random());
        sender.send("say", "text", text, "cid", "say-1");
        long said = expectDeliveredAndAcked(sender, "message", "say-1");
        Expect.equal("the id of the message to the others", said, id(other.expectMessage(nicks[0], text)));

        sender.send("whisper", "to", nicks[1], "text", text, "cid", LONGEST_CID);
        long whispered = expectDeliveredAndAcked(sender, "whisper", LONGEST_CID);
        Expect.equal("the id of the whisper to its recipient", whispered, id(other.expect("whisper")));

        sender.send("say", "text", "no cid, no ack");
        sender.expectMessage(nicks[0], "no cid, no ack");
        sender.expectAlive(); // an ack would come before the pong
    }

    @Check(points = 6, see = "lab04.md#delivery-at-most-at-least-effectively-once",
            hint = "Keep each session's cids with the id each got: a say or whisper whose cid is there is answered"
                    + " ack{cid, first id} and delivered to nobody, not even the sender; a new cid gets a new id.")
    @Order(2)
    void acknowledges_a_repeated_cid_with_its_original_id_and_delivers_it_once(Harness harness) throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection sender = room.get(0).connection();
        ChatConnection watcher = room.get(1).connection();
        String text = Samples.text(harness.random());
        sender.send("say", "text", text, "cid", "m1");
        long said = expectDeliveredAndAcked(sender, "message", "m1");
        watcher.expectMessage(nicks[0], text);
        sender.send("whisper", "to", nicks[1], "text", text, "cid", "w1");
        long whispered = expectDeliveredAndAcked(sender, "whisper", "w1");
        watcher.expect("whisper");

        for (int repeat = 0; repeat < 2; repeat++) {
            sender.send("say", "text", text, "cid", "m1");
            expectAck(sender.expect("ack"), "m1", said, "the repeated say");
            sender.send("whisper", "to", nicks[1], "text", text, "cid", "w1");
            expectAck(sender.expect("ack"), "w1", whispered, "the repeated whisper");
        }
        watcher.expectAlive();
        sender.send("say", "text", text, "cid", "m2");
        long next = expectDeliveredAndAcked(sender, "message", "m2");
        Expect.that(next > whispered, "a new id for a new cid, above " + whispered, "id " + next);
        Expect.equal("the id of the new message", next, id(watcher.expectMessage(nicks[0], text)));
    }

    @Check(points = 5, see = "lab04.md#delivery-at-most-at-least-effectively-once",
            hint = "The cids belong to the session, not to the connection: after a resume, a say sent again with"
                    + " a cid the session used before is acknowledged with its first id and not delivered.")
    @Order(3)
    void acknowledges_a_cid_sent_again_after_a_resume_with_its_original_id_and_delivers_it_once(Harness harness)
            throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        Member sender = room.get(0);
        ChatConnection watcher = room.get(1).connection();
        String text = Samples.text(harness.random());
        sender.connection().send("say", "text", text, "cid", "before the drop");
        long said = expectDeliveredAndAcked(sender.connection(), "message", "before the drop");
        watcher.expectMessage(nicks[0], text);

        Sessions.lose(sender.connection());
        ChatConnection resumed = Sessions.resume(server, sender.session(), said);
        Sessions.expectResumed(resumed, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)), false, 0);
        resumed.send("say", "text", text, "cid", "before the drop");
        expectAck(resumed.expect("ack"), "before the drop", said, "the say sent again after the resume");
        watcher.expectAlive();
        resumed.expectAlive();
    }

    @Check(points = 3, see = "protocol.md#sessions-and-acks",
            hint = "A cid is a string of 1 to 64 characters: an empty one, a longer one or a number is BAD_FRAME,"
                    + " and the say or whisper is not delivered; 64 characters are fine.")
    @Order(4)
    void refuses_a_cid_that_is_empty_65_characters_long_or_a_number_with_BAD_FRAME(Harness harness) throws IOException {
        ServerProcess server = Sessions.startCalm(harness);
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<Member> room = Sessions.room(server, nicks);
        ChatConnection sender = room.get(0).connection();
        ChatConnection watcher = room.get(1).connection();
        for (Object bad : List.of("", LONGEST_CID + "c", 42)) {
            sender.send("say", "text", "with a bad cid", "cid", bad);
            sender.expectError("BAD_FRAME");
            sender.send("whisper", "to", nicks[1], "text", "with a bad cid", "cid", bad);
            sender.expectError("BAD_FRAME");
        }
        watcher.expectAlive(); // a say or whisper delivered despite its cid would come before the pong
        sender.send("say", "text", "a good cid", "cid", LONGEST_CID);
        expectDeliveredAndAcked(sender, "message", LONGEST_CID);
        Expect.equal("the text after the refused cids", "a good cid",
                string(watcher.expectMessage(nicks[0], "a good cid"), "text"));
    }

    /**
     * Reads the sender's copy of its {@code type} frame and the ack of {@code cid}, in either order (the contract
     * does not order them), and returns the id, which both must carry.
     */
    private static long expectDeliveredAndAcked(ChatConnection sender, String type, String cid) throws IOException {
        JsonNode first = sender.next(ChatConnection.REPLY);
        JsonNode second = sender.next(ChatConnection.REPLY);
        boolean ackFirst = "ack".equals(ChatConnection.type(first));
        JsonNode delivered = ackFirst ? second : first;
        JsonNode ack = ackFirst ? first : second;
        Expect.equal("the type of the sender's copy", type, ChatConnection.type(delivered));
        Expect.equal("the frame next to the sender's copy", "ack", ChatConnection.type(ack));
        long id = id(delivered);
        expectAck(ack, cid, id, "the " + type);
        return id;
    }

    /** Checks that {@code ack} acknowledges {@code cid} with {@code id}. */
    private static void expectAck(JsonNode ack, String cid, long id, String what) {
        Expect.equal("the cid in the ack of " + what, cid, string(ack, "cid"));
        Expect.equal("the id in the ack of " + what, id, id(ack));
    }
}
