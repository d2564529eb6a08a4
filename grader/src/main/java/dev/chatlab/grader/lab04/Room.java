package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One client under test in a two-user room the grader plays ({@link FakeReconnectServer}): the client's nick,
 * the other user who says everything, the session the last welcome gave, and one seeded text per message id,
 * so that a check names messages by their ids.
 */
final class Room {

    final ClientProcess client;
    final FakeReconnectServer server;
    final String nick;
    final String other;
    final List<String> users;
    String session;
    private final Random random;
    private final Map<Long, String> texts = new HashMap<>();

    private Room(Harness harness, FakeReconnectServer server, String[] nicks) {
        this.random = harness.random();
        this.server = server;
        this.nick = nicks[0];
        this.other = nicks[1];
        this.users = Samples.sortedIgnoringCase(List.of(nicks));
        this.client = server.startClient(nick);
        this.session = server.newSession();
    }

    /**
     * Starts the client, answers its hello with a welcome announcing {@code heartbeatSeconds}, and expects its
     * welcome line.
     */
    static Room start(Harness harness, int heartbeatSeconds) throws IOException {
        Room room = open(harness);
        room.register(heartbeatSeconds);
        return room;
    }

    /** Draws the room's nicks and session and starts the client, without waiting for it: see {@link #register}. */
    static Room open(Harness harness) throws IOException {
        return new Room(harness, FakeReconnectServer.open(harness), Samples.nicks(harness.random(), 2));
    }

    /** Accepts the client's first connection, welcomes it as {@link #start} does, and expects its welcome line. */
    void register(int heartbeatSeconds) throws IOException {
        server.accept(FakeReconnectServer.START);
        server.welcome(nick, users, session, heartbeatSeconds, FakeReconnectServer.START);
        client.expectLine("* connected as " + nick + " (2 users: " + String.join(", ", users) + ")", REPLY);
    }

    /** The text of message {@code id}: the same for the same id within a check. */
    String text(long id) {
        return texts.computeIfAbsent(id, unused -> Samples.text(random));
    }

    /** Cuts the current connection, and expects the client to announce reconnect attempt 1. */
    void cutAndExpectLost() throws IOException {
        server.cut();
        ReconnectLines.expectLost(client, 1, FakeReconnectServer.RECONNECT);
    }

    /** Sends the messages {@code from} to {@code to} live, and expects the client to show each. */
    void show(long from, long to) throws IOException {
        for (long id = from; id <= to; id++) {
            server.message(id, other, text(id));
            client.expectLine(line(id), REPLY);
        }
    }

    /** Expects the client to show the messages {@code from} to {@code to}, in order, and nothing in between. */
    void expectShown(long from, long to) {
        for (long id = from; id <= to; id++) {
            client.expectLine(line(id), REPLY);
        }
    }

    /**
     * Accepts the client's next connection, expects resume{session, last}, answers resumed{gap, missed}, and
     * replays the {@code missed} messages that end at id {@code upTo}.
     */
    void resume(long last, boolean gap, int missed, long upTo) throws IOException {
        server.accept(FakeReconnectServer.RECONNECT);
        server.expectResume(session, last);
        server.resumed(nick, users, gap, missed);
        for (long id = upTo - missed + 1; id <= upTo; id++) {
            server.message(id, other, text(id));
        }
    }

    private String line(long id) {
        return "<" + other + "> " + text(id);
    }
}
