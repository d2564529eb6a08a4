package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The sessions of a lab04 check, seen from the grader's clients: a server started with lab04's flags, members
 * that keep the session id of their welcome, the resume of a session on a new connection, and a connection lost
 * in a way the check can wait for.
 */
final class Sessions {

    /** A heartbeat long enough that no server ping comes in the middle of a check that is not about heartbeats. */
    static final int CALM_HEARTBEAT_SECONDS = 30;
    /** The contract's default resume window, long enough that no session expires during a check. */
    static final int LONG_RESUME_SECONDS = 30;
    /** What a replayed frame has in common with the frame delivered live. */
    private static final List<String> REPLAYED_FIELDS = List.of("type", "id", "from", "to", "text", "ts");

    /**
     * A registered connection and the session of its welcome.
     *
     * @param connection the connection that said hello
     * @param nick       its nick, as the welcome spelled it
     * @param session    the session id from the welcome
     */
    record Member(ChatConnection connection, String nick, String session) {
    }

    private Sessions() {
    }

    /**
     * Starts the server under test with {@code --heartbeat-seconds heartbeat --resume-seconds resume} and
     * {@code more} arguments.
     */
    static ServerProcess start(Harness harness, int heartbeat, int resume, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--heartbeat-seconds", Integer.toString(heartbeat),
                "--resume-seconds", Integer.toString(resume)));
        arguments.addAll(List.of(more));
        return harness.startServer(arguments.toArray(String[]::new));
    }

    /** Starts the server under test with a calm heartbeat and a long resume window: sessions that stay put. */
    static ServerProcess startCalm(Harness harness, String... more) {
        return start(harness, CALM_HEARTBEAT_SECONDS, LONG_RESUME_SECONDS, more);
    }

    /** Says hello as {@code nick} on a new connection and keeps the session of the welcome. */
    static Member join(ServerProcess server, String nick) throws IOException {
        ChatConnection connection = ChatConnection.connect(server);
        JsonNode welcome = connection.hello(nick);
        return new Member(connection, nick, string(welcome, "session"));
    }

    /**
     * Registers {@code nicks} in order, one connection each; every member already in the room reads each
     * newcomer's {@code joined}, so that no member has anything left to read.
     */
    static List<Member> room(ServerProcess server, String... nicks) throws IOException {
        List<Member> members = new ArrayList<>();
        for (String nick : nicks) {
            Member newcomer = join(server, nick);
            for (Member member : members) {
                Expect.equal("the nick in `joined`", nick, string(member.connection().expect("joined"), "nick"));
            }
            members.add(newcomer);
        }
        return members;
    }

    /** Sends {@code resume{session, last}} on a new connection, which is returned before any answer is read. */
    static ChatConnection resume(ServerProcess server, String session, long last) throws IOException {
        ChatConnection connection = ChatConnection.connect(server);
        connection.send("resume", "session", session, "last", last);
        return connection;
    }

    /** Reads {@code resumed} and checks its nick, users, gap and missed; returns it. */
    static JsonNode expectResumed(ChatConnection connection, String nick, List<String> users, boolean gap,
                                  int missed) throws IOException {
        JsonNode resumed = connection.expect("resumed");
        Expect.equal("the nick in `resumed`", nick, string(resumed, "nick"));
        Expect.equal("the users in `resumed`", users, ChatConnection.users(resumed));
        JsonNode gapField = resumed.get("gap");
        Expect.that(gapField != null && gapField.isBoolean() && gapField.booleanValue() == gap,
                "`gap` " + gap + " in `resumed`", ChatConnection.show(resumed));
        JsonNode missedField = resumed.get("missed");
        Expect.that(missedField != null && missedField.isIntegralNumber() && missedField.longValue() == missed,
                "`missed` " + missed + " in `resumed`", ChatConnection.show(resumed));
        return resumed;
    }

    /**
     * Loses {@code connection} without bye, as a client whose program ended does: ends its output (end of
     * stream for the server), then waits for the server to close it, which proves the server saw the loss.
     */
    static void lose(ChatConnection connection) throws IOException {
        connection.raw().shutdownOutput();
        connection.raw().discardUntilClosed(REPLY);
    }

    /** Checks that {@code replayed} is {@code live} again: the same type, id, sender, recipient, text and time. */
    static void expectReplayed(JsonNode live, JsonNode replayed) {
        for (String field : REPLAYED_FIELDS) {
            Expect.that(live.path(field).equals(replayed.path(field)), "the replay of " + ChatConnection.show(live),
                    ChatConnection.show(replayed));
        }
    }
}
