package dev.chatlab.grader.chat;

import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.harness.Transcript;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grader's connection that speaks chat/1: it sends frames as JSON lines and parses the lines it reads back
 * into frames, failing with "expected a `welcome` frame, but got {...}" when the next frame is not the one a
 * check expects. It wraps a harness {@link Connection} of any transport (plain TCP or TLS), so every byte still
 * goes into the transcript, and the suites of lab02 run unchanged over lab03's TLS.
 *
 * <p>The same class plays a client against a server under test and the server against a client under test.
 * Like the connection it wraps, it is not thread-safe: one thread reads, and one thread writes.
 *
 * <p><b>The traffic rule of every chat check.</b> lab02's checks also grade lab03's server and later ones,
 * which keep every lab02 rule and add abuse limits (protocol.md, lab03 secure additions): a token bucket of
 * {@value #MAX_BURST} say/whisper frames per connection, refilled at {@value #MESSAGES_PER_SECOND} per second;
 * a connection closed after 10 error replies in a row; a hello due 30 s after accept. So that a correct
 * server of any lab passes them, a chat check never sends more than {@value #MAX_BURST} say and whisper frames
 * in a burst on one connection, and waits {@link #BURST_REFILL} before the next burst on it; never provokes
 * more than {@value #MAX_ERRORS_IN_A_ROW} error replies in a row on one connection ({@link #expectError} pings
 * after each error, and a pong resets the count); and registers every connection it keeps open for long. A
 * check that needs more traffic spreads it over more connections, each within these limits.
 */
public final class ChatConnection implements AutoCloseable {

    /** How long a frame may take to arrive: an answer from a program on a busy machine. */
    public static final Duration REPLY = Duration.ofSeconds(5);

    /** The most say and whisper frames a check sends on one connection at once: lab03's bucket, full. */
    public static final int MAX_BURST = 20;
    /** lab03's sustained rate of say and whisper frames per connection. */
    public static final int MESSAGES_PER_SECOND = 10;
    /** How long a check waits before another burst on a connection: a bucket refills in 2 s, with room. */
    public static final Duration BURST_REFILL = Duration.ofMillis(2_200);
    /** The most error replies a check provokes in a row on one connection: lab03 closes at the 10th. */
    public static final int MAX_ERRORS_IN_A_ROW = 9;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Longest rendering of a frame in a failure message. */
    private static final int SHOWN_CHARS = 240;

    private final Connection connection;
    private int pings;

    public ChatConnection(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Opens a connection to {@code server} that has not said hello yet. */
    public static ChatConnection connect(ServerProcess server) throws IOException {
        return new ChatConnection(server.connect());
    }

    /**
     * Registers {@code nicks} in order, one connection each. Every member already in the room must see each
     * newcomer's {@code joined}, so that no connection returned has anything left to read.
     */
    public static List<ChatConnection> room(ServerProcess server, String... nicks) throws IOException {
        List<ChatConnection> members = new ArrayList<>();
        for (String nick : nicks) {
            ChatConnection newcomer = connect(server);
            newcomer.hello(nick);
            for (ChatConnection member : members) {
                Expect.equal("the nick in `joined`", nick, string(member.expect("joined"), "nick"));
            }
            members.add(newcomer);
        }
        return members;
    }

    /** Says hello as {@code nick} and returns the {@code welcome}, whose nick must be {@code nick}. */
    public JsonNode hello(String nick) throws IOException {
        send("hello", "nick", nick);
        JsonNode welcome = expect("welcome");
        Expect.equal("the nick in `welcome`", nick, string(welcome, "nick"));
        return welcome;
    }

    /** The wrapped connection, for bytes that are not a well-formed frame. */
    public Connection raw() {
        return connection;
    }

    /**
     * Sends a frame of {@code type} with the given fields: names and values in turn. A value may be a string,
     * a number, a list, or {@code null} (sent as JSON {@code null}).
     */
    public void send(String type, Object... fields) throws IOException {
        connection.sendLine(line(type, fields));
    }

    /** A frame as {@link #send} writes it, without the line end. */
    public static String line(String type, Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("Fields come in name-value pairs: " + Arrays.asList(fields));
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            frame.put((String) fields[i], fields[i + 1]);
        }
        return JSON.writeValueAsString(frame);
    }

    /** Sends {@code json} as it is, followed by {@code \n}. */
    public void sendLine(String json) throws IOException {
        connection.sendLine(json);
    }

    /** Reads the next frame: a JSON object with a string {@code type}, waiting at most {@code timeout}. */
    public JsonNode next(Duration timeout) throws IOException {
        return next(timeout, "a frame");
    }

    private JsonNode next(Duration timeout, String what) throws IOException {
        String line = connection.readLine(timeout, what);
        JsonNode frame;
        try {
            frame = JSON.readTree(line);
        } catch (JacksonException notJson) {
            frame = null;
        }
        if (frame == null || !frame.isObject() || !frame.path("type").isString()) {
            throw new AssertionError(connection.name() + " expected a frame (a JSON object with a string `type`),"
                    + " but got " + Transcript.quote(shorten(line)));
        }
        return frame;
    }

    /** Reads the next frame, which must be of {@code type}. */
    public JsonNode expect(String type) throws IOException {
        JsonNode frame = next(REPLY, article(type) + " `" + type + "` frame");
        if (!type.equals(type(frame))) {
            throw new AssertionError(connection.name() + " expected " + article(type) + " `" + type
                    + "` frame, but got " + show(frame));
        }
        return frame;
    }

    /**
     * Reads an {@code error} frame with {@code code} and a string {@code message}, then proves that the
     * connection still works: a ping on it gets its pong (an error never closes the connection).
     */
    public void expectError(String code) throws IOException {
        expectErrorFrame(code);
        expectAlive();
    }

    /** Reads an {@code error} frame with {@code code} and a string {@code message}, and nothing more. */
    public JsonNode expectErrorFrame(String code) throws IOException {
        JsonNode frame = next(REPLY, "an `error` frame with code " + code);
        if (!"error".equals(type(frame)) || !code.equals(stringOrNull(frame, "code"))) {
            throw new AssertionError(connection.name() + " expected an `error` frame with code " + code
                    + ", but got " + show(frame));
        }
        if (!frame.path("message").isString()) {
            throw new AssertionError(connection.name() + " expected the error to have a string `message`, but got "
                    + show(frame));
        }
        return frame;
    }

    /** Sends a ping with a fresh token and expects its pong: the connection is open and served. */
    public void expectAlive() throws IOException {
        String token = "alive-" + (++pings);
        send("ping", "token", token);
        JsonNode pong = next(REPLY, "a `pong` frame (the connection must stay open after an error)");
        if (!"pong".equals(type(pong)) || !token.equals(stringOrNull(pong, "token"))) {
            throw new AssertionError(connection.name() + " expected the connection to stay open and answer a ping"
                    + " with {\"type\":\"pong\",\"token\":\"" + token + "\"}, but got " + show(pong));
        }
    }

    /** Reads a {@code message} frame and checks its {@code from} and {@code text}; returns it. */
    public JsonNode expectMessage(String from, String text) throws IOException {
        JsonNode message = expect("message");
        Expect.equal("the `from` of the message", from, string(message, "from"));
        Expect.equal("the `text` of the message", text, string(message, "text"));
        return message;
    }

    /** Reads a {@code whisper} frame, checks its {@code from}, {@code to}, {@code text} and integer id; returns it. */
    public JsonNode expectWhisper(String from, String to, String text) throws IOException {
        JsonNode whisper = expect("whisper");
        Expect.equal("the `from` of the whisper", from, string(whisper, "from"));
        Expect.equal("the `to` of the whisper", to, string(whisper, "to"));
        Expect.equal("the `text` of the whisper", text, string(whisper, "text"));
        id(whisper);
        return whisper;
    }

    /** Proves that no byte arrives for {@code quiet}. */
    public void expectNothing(Duration quiet) throws IOException {
        connection.expectNothing(quiet);
    }

    /** Expects the peer to close the connection within {@code timeout}, with nothing sent first. */
    public void expectClosed(Duration timeout) throws IOException {
        connection.expectClosed(timeout);
    }

    /** The name of the connection in the transcript. */
    public String name() {
        return connection.name();
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** The frame's {@code type}. */
    public static String type(JsonNode frame) {
        return stringOrNull(frame, "type");
    }

    /** The string {@code field} of {@code frame}; fails if it is missing or not a string. */
    public static String string(JsonNode frame, String field) {
        String value = stringOrNull(frame, field);
        if (value == null) {
            throw new AssertionError("expected `" + field + "` to be a string, but got " + show(frame));
        }
        return value;
    }

    /** The integer {@code id} of a message or whisper; fails if it is missing or not an integer. */
    public static long id(JsonNode frame) {
        JsonNode id = frame.get("id");
        if (id == null || !id.isIntegralNumber()) {
            throw new AssertionError("expected `id` to be an integer, but got " + show(frame));
        }
        return id.longValue();
    }

    /** The {@code users} array of nick strings of {@code frame}. */
    public static List<String> users(JsonNode frame) {
        JsonNode users = frame.get("users");
        if (users == null || !users.isArray()) {
            throw new AssertionError("expected `users` to be an array of nicks, but got " + show(frame));
        }
        List<String> nicks = new ArrayList<>();
        for (JsonNode user : users) {
            if (!user.isString()) {
                throw new AssertionError("expected `users` to hold only strings, but got " + show(frame));
            }
            nicks.add(user.stringValue());
        }
        return nicks;
    }

    /** A frame as compact JSON, shortened for a failure message. */
    public static String show(JsonNode frame) {
        return shorten(frame.toString());
    }

    private static String stringOrNull(JsonNode frame, String field) {
        JsonNode value = frame.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static String shorten(String text) {
        return text.length() > SHOWN_CHARS
                ? text.substring(0, SHOWN_CHARS) + "... (" + text.length() + " chars)"
                : text;
    }

    private static String article(String type) {
        return "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
    }
}
