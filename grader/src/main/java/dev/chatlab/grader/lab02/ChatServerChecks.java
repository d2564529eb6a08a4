package dev.chatlab.grader.lab02;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.id;
import static dev.chatlab.grader.chat.ChatConnection.string;
import static dev.chatlab.grader.chat.ChatConnection.users;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades a lab02 chat server's conversation (32 points): registration, messages, whispers, presence, ping
 * and bye, each seen from every connection that should, or should not, receive a frame.
 */
@GradingSuite
public class ChatServerChecks {

    /** How long a connection that must receive nothing is watched. */
    private static final Duration QUIET = Duration.ofMillis(300);
    /** ISO-8601 in UTC with milliseconds: {@code 2026-11-21T17:00:00.123Z}. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
    /** How far a timestamp may be from the grader's clock, on the same machine. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    @Check(points = 3, see = "protocol.md#registration",
            hint = "Answer a good hello with welcome{nick, users}: every registered nick, the newcomer's included,"
                    + " sorted by nick.toLowerCase(Locale.ROOT).")
    @Order(1)
    void welcomes_each_newcomer_with_every_nick_sorted_ignoring_case_self_included(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        List<ChatConnection> members = new ArrayList<>();
        List<String> registered = new ArrayList<>();
        for (String nick : Samples.nicksThatSortDifferentlyByCase(harness.random(), 5)) {
            ChatConnection newcomer = ChatConnection.connect(server);
            JsonNode welcome = newcomer.hello(nick);
            registered.add(nick);
            Expect.equal("the users in the welcome of " + nick, Samples.sortedIgnoringCase(registered), users(welcome));
            for (ChatConnection member : members) {
                Expect.equal("the nick in `joined`", nick, string(member.expect("joined"), "nick"));
            }
            members.add(newcomer);
        }
    }

    @Check(points = 2, see = "protocol.md#presence",
            hint = "Send joined{nick} to every other registered client, not to the newcomer and not to a"
                    + " connection that has not said hello.")
    @Order(2)
    void announces_a_join_to_the_other_registered_clients_only(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<ChatConnection> room = ChatConnection.room(server, nicks[0], nicks[1]);
        ChatConnection lurker = ChatConnection.connect(server);
        ChatConnection newcomer = ChatConnection.connect(server);
        newcomer.hello(nicks[2]);
        for (ChatConnection member : room) {
            Expect.equal("the nick in `joined`", nicks[2], string(member.expect("joined"), "nick"));
        }
        newcomer.expectNothing(QUIET);
        lurker.expectNothing(Duration.ofMillis(50));
    }

    @Check(points = 4, see = "protocol.md#messages",
            hint = "Turn say{text} into message{id, from, text, ts} and send it to every registered client,"
                    + " the sender included; ts is Instant.now() truncated to milliseconds, in UTC.")
    @Order(3)
    void delivers_a_say_to_everyone_including_the_sender_with_id_from_text_and_ts(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection lurker = ChatConnection.connect(server);
        String text = Samples.text(harness.random());
        room.get(0).send("say", "text", text);
        JsonNode toSender = room.get(0).expectMessage(nicks[0], text);
        JsonNode toOther = room.get(1).expectMessage(nicks[0], text);
        Expect.equal("the id of the other client's copy", id(toSender), id(toOther));
        expectTimestamp(toSender);
        lurker.expectNothing(QUIET);
    }

    @Check(points = 3, see = "protocol.md#messages",
            hint = "Draw every id, for messages and whispers alike, from one counter of the server, while holding"
                    + " the lock that also orders the deliveries.")
    @Order(4)
    void numbers_messages_and_whispers_with_strictly_increasing_ids(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Random random = harness.random();
        String[] nicks = Samples.nicks(random, 3);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection watcher = room.get(2);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < 20; i++) {
            int sender = random.nextInt(2);
            String text = Samples.text(random);
            boolean whisper = random.nextBoolean();
            if (whisper) {
                room.get(sender).send("whisper", "to", nicks[2], "text", text);
            } else {
                room.get(sender).send("say", "text", text);
            }
            JsonNode frame = watcher.expect(whisper ? "whisper" : "message");
            Expect.equal("the text", text, string(frame, "text"));
            long id = id(frame);
            Expect.that(id > previous, "an id greater than " + previous, Long.toString(id));
            previous = id;
        }
    }

    @Check(points = 4, see = "protocol.md#whispers",
            hint = "Send whisper{id, from, to, text, ts} to the recipient and a copy to the sender, and to no one"
                    + " else.")
    @Order(5)
    void delivers_a_whisper_to_the_recipient_and_the_sender_only(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        String text = Samples.text(harness.random());
        room.get(0).send("whisper", "to", nicks[1], "text", text);
        JsonNode received = room.get(1).expectWhisper(nicks[0], nicks[1], text);
        JsonNode copy = room.get(0).expectWhisper(nicks[0], nicks[1], text);
        Expect.equal("the id of the sender's copy", id(received), id(copy));
        expectTimestamp(received);
        room.get(2).expectNothing(QUIET);
    }

    @Check(points = 3, see = "protocol.md#whispers",
            hint = "Look the recipient up by nick.toLowerCase(Locale.ROOT), put the registered spellings in the"
                    + " frames, and send a whisper to oneself once, not once as recipient and once as sender.")
    @Order(6)
    void matches_whisper_recipients_ignoring_case_and_whispers_to_oneself_once(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection first = room.get(0);
        ChatConnection second = room.get(1);
        String text = Samples.text(harness.random());
        first.send("whisper", "to", Samples.swapCase(nicks[1]), "text", text);
        second.expectWhisper(nicks[0], nicks[1], text);
        first.expectWhisper(nicks[0], nicks[1], text);

        first.send("whisper", "to", Samples.swapCase(nicks[0]), "text", "note to self");
        first.expectWhisper(nicks[0], nicks[0], "note to self");
        // Every client receives frames in id order: a second copy would come before this later whisper.
        second.send("whisper", "to", nicks[0], "text", "after yours");
        JsonNode next = first.expect("whisper");
        Expect.that(!"note to self".equals(string(next, "text")), "the whisper to oneself delivered once",
                "a second copy " + ChatConnection.show(next));
        Expect.equal("the `from` of the next whisper", nicks[1], string(next, "from"));
        Expect.equal("the `text` of the next whisper", "after yours", string(next, "text"));
        second.expectWhisper(nicks[1], nicks[0], "after yours");
    }

    @Check(points = 2, see = "protocol.md#presence",
            hint = "Answer who{} with users{users}: the nicks registered now, sorted by nick.toLowerCase(Locale.ROOT).")
    @Order(7)
    void answers_who_with_every_nick_sorted_ignoring_case(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicksThatSortDifferentlyByCase(harness.random(), 5);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection asker = room.get(0);
        asker.send("who");
        Expect.equal("the users", Samples.sortedIgnoringCase(Arrays.asList(nicks)), users(asker.expect("users")));

        room.get(4).send("bye");
        Expect.equal("the nick in `left`", nicks[4], string(asker.expect("left"), "nick"));
        asker.send("who");
        Expect.equal("the users after " + nicks[4] + " left",
                Samples.sortedIgnoringCase(Arrays.asList(nicks).subList(0, 4)), users(asker.expect("users")));
    }

    @Check(points = 2, see = "protocol.md#ping",
            hint = "Answer ping with pong carrying the same token, or no token at all when the ping had none;"
                    + " ping works before hello too.")
    @Order(8)
    void answers_a_ping_with_a_pong_of_the_same_token_before_and_after_hello(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        expectPongs(client, harness.random());
        client.hello(Samples.nicks(harness.random(), 1)[0]);
        expectPongs(client, harness.random());
    }

    @Check(points = 3, see = "protocol.md#presence",
            hint = "After bye send nothing more, close the socket, and tell the others left{nick, reason:\"bye\"};"
                    + " a bye before hello just closes.")
    @Order(9)
    void closes_the_connection_after_bye_and_tells_the_others_left_bye(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection stranger = ChatConnection.connect(server);
        stranger.send("bye");
        stranger.expectClosed(REPLY);
        room.get(1).send("bye");
        room.get(1).expectClosed(REPLY);
        // A left for the stranger, who never joined, would come first.
        expectLeft(room.get(0), nicks[1], "bye");
    }

    @Check(points = 3, see = "protocol.md#presence",
            hint = "When a read fails or returns -1, remove the user, tell the others left{nick,"
                    + " reason:\"disconnect\"}, and free the nick.")
    @Order(10)
    void announces_a_dropped_connection_as_left_disconnect_and_frees_the_nick(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        room.get(1).close();
        expectLeft(room.get(0), nicks[1], "disconnect");
        room.get(2).raw().reset();
        expectLeft(room.get(0), nicks[2], "disconnect");

        String again = Samples.swapCase(nicks[1]);
        JsonNode welcome = ChatConnection.connect(server).hello(again);
        Expect.equal("the users once " + again + " is back", Samples.sortedIgnoringCase(List.of(nicks[0], again)),
                users(welcome));
        Expect.equal("the nick in `joined`", again, string(room.get(0).expect("joined"), "nick"));
    }

    @Check(points = 2, see = "lab02.md#from-iterative-to-concurrent",
            hint = "Print exactly `LISTENING <port>` once the server socket is bound and log to stderr only; on"
                    + " SIGTERM close the server socket and every client socket (a shutdown hook), then exit.")
    @Order(11)
    void prints_only_its_LISTENING_line_and_closes_its_clients_on_SIGTERM(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<ChatConnection> room = ChatConnection.room(server, nicks[0], nicks[1]);
        room.get(0).send("say", "text", Samples.text(harness.random()));
        room.get(1).expect("message");
        room.get(1).send("bye");
        room.get(1).expectClosed(REPLY);
        ChatConnection last = ChatConnection.connect(server);
        last.hello(nicks[2]);
        server.terminate();
        // The contract asks for the close only: frames before it (a left for a client closed first) may come.
        last.raw().discardUntilClosed(REPLY);
        Expect.oneOf("exit status after SIGTERM", List.of(0, 143), server.awaitExit(REPLY));
        Expect.equal("stdout lines after `LISTENING <port>`", List.of(), server.laterStdout());
    }

    @Check(points = 1, see = "protocol.md#registration",
            hint = "Sort by nick.toLowerCase(Locale.ROOT) in code point order (String.CASE_INSENSITIVE_ORDER does"
                    + " the same): '_' (U+005F) comes before every letter then, but after them all if you sort by"
                    + " toUpperCase.")
    @Order(12)
    void sorts_users_by_the_lower_case_nick_so_an_underscore_comes_before_letters(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        // Lower-cased: "_ana" < "bob" < "zed"; upper-cased: "BOB" < "ZED" < "_ANA"; as they are: "Zed" < "_ana".
        List<String> nicks = List.of("Zed", "_ana", "bob");
        List<ChatConnection> room = ChatConnection.room(server, nicks.toArray(String[]::new));
        List<String> sorted = List.of("_ana", "bob", "Zed");
        room.get(2).send("who");
        Expect.equal("the users", sorted, users(room.get(2).expect("users")));
        Expect.equal("the users in the welcome of a newcomer", List.of("_ana", "bob", "Yves", "Zed"),
                users(ChatConnection.connect(server).hello("Yves")));
    }

    private static void expectLeft(ChatConnection connection, String nick, String reason) throws IOException {
        JsonNode left = connection.expect("left");
        Expect.equal("the nick in `left`", nick, string(left, "nick"));
        Expect.equal("the reason in `left`", reason, string(left, "reason"));
    }

    /** A ping with a token of 1 and of 64 code points, and one without a token, each answered in kind. */
    private static void expectPongs(ChatConnection client, Random random) throws IOException {
        for (int length : new int[] {1, 64}) {
            String token = Samples.token(random, length);
            client.send("ping", "token", token);
            Expect.equal("the token of the pong", token, string(client.expect("pong"), "token"));
        }
        client.send("ping");
        JsonNode pong = client.expect("pong");
        Expect.that(!pong.has("token"), "a pong without `token` for a ping without one", ChatConnection.show(pong));
    }

    /** {@code ts} is ISO-8601 UTC with milliseconds, and near the grader's clock. */
    private static void expectTimestamp(JsonNode frame) {
        String ts = string(frame, "ts");
        Expect.that(TIMESTAMP.matcher(ts).matches(),
                "`ts` in UTC with milliseconds, like 2026-11-21T17:00:00.123Z", ChatConnection.show(frame));
        Instant instant;
        try {
            instant = Instant.parse(ts);
        } catch (DateTimeParseException e) {
            throw new AssertionError("expected `ts` to be a valid date and time, but got " + ts, e);
        }
        Duration off = Duration.between(Instant.now(), instant).abs();
        Expect.that(off.compareTo(CLOCK_SLACK) < 0, "`ts` within a minute of now (" + Instant.now() + ")", ts);
    }
}
