package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A lab04 chat server played by the grader for one client under test, over the run's TLS: it takes the client's
 * connections one after the other (the client reconnects to the same port), answers hello with a lab04 welcome
 * and resume with resumed, sends messages with the ids a check chooses, and cuts the connection when the check
 * says. One thread drives it: the check's.
 */
final class FakeReconnectServer implements AutoCloseable {

    /** How long the client under test may take to start and connect: a JVM starting on a busy machine. */
    static final Duration START = Duration.ofSeconds(15);
    /** How long a reconnecting client may take to come back: the first backoff delays and a TLS handshake. */
    static final Duration RECONNECT = Duration.ofSeconds(10);
    /** The heartbeat a welcome announces unless a check says otherwise: long enough never to fire in a check. */
    static final int QUIET_HEARTBEAT_SECONDS = 60;
    private static final int RESUME_SECONDS = 30;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Harness harness;
    private final FakeServer fake;
    private ChatConnection connection;

    private FakeReconnectServer(Harness harness, FakeServer fake) {
        this.harness = harness;
        this.fake = fake;
    }

    /** Opens the fake server on an ephemeral port. */
    static FakeReconnectServer open(Harness harness) throws IOException {
        return new FakeReconnectServer(harness, harness.fakeServer());
    }

    /** Starts the client under test as {@code nick} against this server. */
    ClientProcess startClient(String nick) {
        return harness.startClient(fake.port(), "--nick", nick);
    }

    /** The underlying fake server, for a check that refuses connections itself. */
    FakeServer fake() {
        return fake;
    }

    /** A fresh session id as the contract makes them: 128 random bits, URL-safe base64 without padding. */
    String newSession() {
        byte[] bits = new byte[16];
        harness.random().nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Accepts the client's next connection (within {@code timeout}), which becomes the current one. */
    ChatConnection accept(Duration timeout) throws IOException {
        connection = new ChatConnection(fake.accept(timeout));
        return connection;
    }

    /** The current connection. */
    ChatConnection connection() {
        return connection;
    }

    /**
     * Expects hello{nick} on the current connection within {@code timeout} (a client that has just started may
     * take a while) and answers a lab04 welcome for {@code session}.
     */
    void welcome(String nick, List<String> users, String session, int heartbeatSeconds, Duration timeout)
            throws IOException {
        JsonNode hello = connection.next(timeout);
        Expect.equal("the first frame of the connection", "hello", ChatConnection.type(hello));
        Expect.equal("the nick of the hello", nick, string(hello, "nick"));
        connection.send("welcome", "nick", nick, "users", users, "session", session,
                "heartbeatSeconds", heartbeatSeconds, "resumeSeconds", RESUME_SECONDS);
    }

    /** Expects resume{session, last} as the first frame of the current connection. */
    void expectResume(String session, long last) throws IOException {
        JsonNode resume = connection.expect("resume");
        Expect.equal("the `session` of the resume (the one the welcome gave)", session, string(resume, "session"));
        JsonNode sent = resume.get("last");
        Expect.equal("the `last` of the resume (the highest id the client showed)", Long.toString(last),
                sent != null && sent.isIntegralNumber() ? Long.toString(sent.longValue()) : String.valueOf(sent));
    }

    /** Answers a resume with resumed{nick, users, gap, missed}. */
    void resumed(String nick, List<String> users, boolean gap, int missed) throws IOException {
        connection.send("resumed", "nick", nick, "users", users, "gap", gap, "missed", missed);
    }

    /** Sends message{id, from, text, ts} on the current connection. */
    void message(long id, String from, String text) throws IOException {
        connection.sendLine(ChatConnection.line("message", "id", id, "from", from, "text", text,
                "ts", TIMESTAMP.format(Instant.now())));
    }

    /** Closes the current connection (TLS close_notify, then FIN): a server that went away. */
    void cut() throws IOException {
        harness.transcript().note("fake server", "cuts the connection");
        connection.close();
    }

    @Override
    public void close() throws IOException {
        fake.close();
    }
}
