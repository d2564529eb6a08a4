package dev.chatlab.grader.lab05;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The grader's side of one connection from the desktop client under test: a lab04 server reduced to a
 * script, so that the check decides every frame and every delay (protocol.md, lab04 reconnect additions). It
 * gives a heartbeat of 60 s, so that no ping is due during a check, and never sends anything unasked.
 */
final class Lab04Script implements AutoCloseable {

    /** How long the client may take to connect: a JVM and a window starting on a busy machine. */
    static final Duration CONNECT = Duration.ofSeconds(30);
    /** The session the grader's welcome hands out. */
    static final String SESSION = "Z3JhZGVyLXNlc3Npb24tMTIzNDU2";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ChatConnection connection;

    private Lab04Script(ChatConnection connection) {
        this.connection = connection;
    }

    /** Waits for the client's next connection to {@code fake}, TLS handshake included. */
    static Lab04Script accept(FakeServer fake) throws IOException {
        return new Lab04Script(new ChatConnection(fake.accept(CONNECT)));
    }

    /** {@link #accept(FakeServer)}, failing at once when {@code gaveUp} names a reason ({@link FakeServer#accept}). */
    static Lab04Script accept(FakeServer fake, Supplier<Optional<String>> gaveUp) throws IOException {
        return new Lab04Script(new ChatConnection(fake.accept(CONNECT, gaveUp)));
    }

    /** Expects {@code hello} from {@code nick}; returns the frame (with its password, if any). */
    JsonNode expectHello(String nick) throws IOException {
        JsonNode hello = connection.expect("hello");
        Expect.equal("the nick of the hello", nick, string(hello, "nick"));
        return hello;
    }

    /** Sends the welcome of lab04: {@code users} as given (sorted by the caller), a session, a 60 s heartbeat. */
    void welcome(String nick, List<String> users) throws IOException {
        connection.send("welcome", "nick", nick, "users", users, "session", SESSION, "heartbeatSeconds", 60,
                "resumeSeconds", 30);
    }

    /** Expects a say with {@code text} and a cid; returns the cid. */
    String expectSay(String text) throws IOException {
        JsonNode say = connection.expect("say");
        Expect.equal("the text of the say", text, string(say, "text"));
        return string(say, "cid");
    }

    /** Expects a whisper to {@code to} with {@code text} and a cid; returns the cid. */
    String expectWhisper(String to, String text) throws IOException {
        JsonNode whisper = connection.expect("whisper");
        Expect.equal("the recipient of the whisper", to, string(whisper, "to"));
        Expect.equal("the text of the whisper", text, string(whisper, "text"));
        return string(whisper, "cid");
    }

    /** Expects a resume of the grader's session; returns its {@code last}. */
    long expectResume() throws IOException {
        JsonNode resume = connection.expect("resume");
        Expect.equal("the session of the resume", SESSION, string(resume, "session"));
        JsonNode last = resume.get("last");
        Expect.that(last != null && last.isIntegralNumber(), "`last` to be an integer", String.valueOf(resume));
        return last.longValue();
    }

    void resumed(String nick, List<String> users, int missed) throws IOException {
        connection.send("resumed", "nick", nick, "users", users, "gap", false, "missed", missed);
    }

    void message(long id, String from, String text) throws IOException {
        connection.sendLine(messageLine(id, from, text));
    }

    /** A message frame as one line, for a burst sent in one write. */
    static String messageLine(long id, String from, String text) {
        return ChatConnection.line("message", "id", id, "from", from, "text", text, "ts", now());
    }

    void whisper(long id, String from, String to, String text) throws IOException {
        connection.send("whisper", "id", id, "from", from, "to", to, "text", text, "ts", now());
    }

    void ack(String cid, long id) throws IOException {
        connection.send("ack", "cid", cid, "id", id);
    }

    void joined(String nick) throws IOException {
        connection.send("joined", "nick", nick);
    }

    void left(String nick, String reason) throws IOException {
        connection.send("left", "nick", nick, "reason", reason);
    }

    void error(String code, String message) throws IOException {
        connection.send("error", "code", code, "message", message);
    }

    /** Sends {@code text} (many frames, each with its line end) in one write. */
    void sendRaw(String text) throws IOException {
        connection.raw().send(text);
    }

    /** Proves the client sends nothing for {@code quiet}: how the script holds an answer back. */
    void holdFor(Duration quiet) throws IOException {
        connection.expectNothing(quiet);
    }

    /** Drops the connection with a TCP reset: a network failure, no bye. */
    void drop() throws IOException {
        connection.raw().reset();
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    private static String now() {
        return TIMESTAMP.format(Instant.now());
    }
}
