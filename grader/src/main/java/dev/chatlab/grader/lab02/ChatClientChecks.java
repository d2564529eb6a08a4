package dev.chatlab.grader.lab02;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades a lab02 console client (19 points) against a chat server played by the grader: the frames the client
 * sends for what is typed on its stdin, the line it prints for each frame it receives, and how it ends.
 */
@GradingSuite
public class ChatClientChecks {

    /** How long the client under test may take to start and connect: a JVM starting on a busy machine. */
    private static final Duration START = Duration.ofSeconds(15);
    /** How long a client that must print nothing yet is watched. */
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Check(points = 2, see = "protocol.md#console-client",
            hint = "Send hello{nick} first, then print `* connected as NICK (N users: A, B)` from the welcome,"
                    + " with `1 user` in the singular.")
    @Order(1)
    void prints_the_welcome_with_the_number_of_users_and_their_nicks(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 3);
        try (FakeServer fake = harness.fakeServer()) {
            Session alone = Session.start(harness, fake, nicks[0], List.of(nicks[0]));
            alone.client.expectLine("* connected as " + nicks[0] + " (1 user: " + nicks[0] + ")", REPLY);
            alone.client.closeStdin();

            List<String> users = Samples.sortedIgnoringCase(List.of(nicks));
            Session crowded = Session.start(harness, fake, nicks[1], users);
            crowded.client.expectLine("* connected as " + nicks[1] + " (3 users: " + String.join(", ", users) + ")",
                    REPLY);
        }
    }

    @Check(points = 3, see = "protocol.md#console-client",
            hint = "Print one line per frame as the contract shows it; a text's second and later lines go on lines"
                    + " of their own, indented by two spaces.")
    @Order(2)
    void prints_one_line_for_each_message_join_leave_users_and_error(Harness harness) throws IOException {
        Random random = harness.random();
        String[] nicks = Samples.nicks(random, 4);
        String text = Samples.text(random);
        try (FakeServer fake = harness.fakeServer()) {
            Session session = Session.start(harness, fake, nicks[0], List.of(nicks[0], nicks[1]));
            session.client.nextLine(REPLY, "the welcome line");
            session.server.sendLine(message(1, nicks[1], text));
            session.client.expectLine("<" + nicks[1] + "> " + text, REPLY);
            session.server.sendLine(message(2, nicks[1], "first\nsecond\nthird"));
            session.client.expectLine("<" + nicks[1] + "> first", REPLY);
            session.client.expectLine("  second", REPLY);
            session.client.expectLine("  third", REPLY);
            session.server.send("joined", "nick", nicks[2]);
            session.client.expectLine("* " + nicks[2] + " joined", REPLY);
            for (String reason : List.of("bye", "disconnect", "slow")) {
                session.server.send("left", "nick", nicks[2], "reason", reason);
                session.client.expectLine("* " + nicks[2] + " left (" + reason + ")", REPLY);
            }
            List<String> users = Samples.sortedIgnoringCase(List.of(nicks[0], nicks[1], nicks[3]));
            session.server.send("users", "users", users);
            session.client.expectLine("* users: " + String.join(", ", users), REPLY);
            session.server.send("error", "code", "NO_SUCH_USER", "message", "There is no user named zed.");
            session.client.expectLine("! NO_SUCH_USER: There is no user named zed.", REPLY);
        }
    }

    @Check(points = 3, see = "protocol.md#console-client",
            hint = "Print `*FROM* TEXT` for a whisper to you; for your own whisper print `-> *TO* TEXT` when the"
                    + " server's copy comes back (from is you), not when it is typed.")
    @Order(3)
    void prints_whispers_received_and_sent_once_the_servers_copy_arrives(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        try (FakeServer fake = harness.fakeServer()) {
            Session session = Session.start(harness, fake, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)));
            session.client.nextLine(REPLY, "the welcome line");
            session.server.sendLine(whisper(1, nicks[1], nicks[0], "psst"));
            session.client.expectLine("*" + nicks[1] + "* psst", REPLY);

            session.client.type("/msg " + nicks[1] + " meet me at noon");
            JsonNode sent = session.server.expect("whisper");
            Expect.equal("the `to` of the whisper sent", nicks[1], string(sent, "to"));
            Expect.equal("the `text` of the whisper sent", "meet me at noon", string(sent, "text"));
            session.client.expectNoLine(QUIET);
            session.server.sendLine(whisper(2, nicks[0], nicks[1], "meet me at noon"));
            session.client.expectLine("-> *" + nicks[1] + "* meet me at noon", REPLY);
        }
    }

    @Check(points = 3, see = "protocol.md#console-client",
            hint = "`/msg NICK TEXT` is a whisper, `/who` is who, an empty line is ignored, and any other line,"
                    + " even one starting with /, is said as it is.")
    @Order(4)
    void sends_a_frame_for_each_line_typed_and_ignores_empty_lines(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        String text = Samples.text(harness.random());
        try (FakeServer fake = harness.fakeServer()) {
            Session session = Session.start(harness, fake, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)));
            session.client.type("/who");
            session.server.expect("who");
            session.client.type(text);
            Expect.equal("the text said", text, string(session.server.expect("say"), "text"));
            // Lines are sent in the order typed: had the empty line been sent, it would come first.
            session.client.type("");
            session.client.type("/me waves");
            Expect.equal("the text said after an empty line", "/me waves",
                    string(session.server.expect("say"), "text"));
            session.client.type("/msg " + nicks[1] + " two words");
            JsonNode whisper = session.server.expect("whisper");
            Expect.equal("the `to` of the whisper", nicks[1], string(whisper, "to"));
            Expect.equal("the `text` of the whisper", "two words", string(whisper, "text"));
        }
    }

    @Check(points = 2, see = "protocol.md#console-client",
            hint = "On /quit and at the end of stdin, send bye, close the socket and exit with status 0.")
    @Order(5)
    void sends_bye_and_exits_0_on_quit_and_at_the_end_of_input(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        try (FakeServer fake = harness.fakeServer()) {
            Session quitting = Session.start(harness, fake, nicks[0], List.of(nicks[0]));
            quitting.client.type("/quit");
            quitting.server.expect("bye");
            quitting.server.close();
            Expect.equal("exit status after /quit", 0, quitting.client.awaitExit(REPLY));

            Session ending = Session.start(harness, fake, nicks[1], List.of(nicks[1]));
            ending.client.closeStdin();
            ending.server.expect("bye");
            ending.server.close();
            Expect.equal("exit status at the end of stdin", 0, ending.client.awaitExit(REPLY));
        }
    }

    @Check(points = 3, see = "protocol.md#console-client",
            hint = "When the hello is answered with an error, print `! CODE: message`, write `error: message` on"
                    + " stderr and exit with status 1; when the connection is refused, write one `error: ...` line"
                    + " on stderr and exit with status 1 too.")
    @Order(6)
    void exits_1_with_an_error_line_when_the_hello_or_the_connection_is_refused(Harness harness)
            throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        String message = "The nick " + nick + " is taken.";
        try (FakeServer fake = harness.fakeServer()) {
            ClientProcess client = harness.startClient(fake.port(), "--nick", nick);
            ChatConnection server = new ChatConnection(fake.accept(START));
            server.expect("hello");
            server.send("error", "code", "NICK_TAKEN", "message", message);
            client.expectLine("! NICK_TAKEN: " + message, REPLY);
            // The server keeps the connection open after an error: the client must end on its own.
            Expect.equal("exit status after a refused hello", 1, client.awaitExit(REPLY));
            Expect.that(client.stderrTail(5).contains("error: " + message), "the stderr line `error: " + message
                    + "`", "stderr " + client.stderrTail(5));
        }
        expectExit1WhenTheConnectionIsRefused(harness, nick);
    }

    /**
     * Starts the client as {@code nick} against a port where nothing listens, and expects one {@code error: ...}
     * line on stderr and exit status 1: what every lab's console client does when its first connection fails.
     */
    public static void expectExit1WhenTheConnectionIsRefused(Harness harness, String nick) throws IOException {
        ClientProcess refused = harness.startClient(harness.closedPort(), "--nick", nick);
        Expect.equal("exit status when the connection is refused", 1, refused.awaitExit(START));
        Expect.that(refused.stderrTail(5).stream().anyMatch(line -> line.startsWith("error: ")),
                "a stderr line starting with `error: `", "stderr " + refused.stderrTail(5));
    }

    @Check(points = 2, see = "lab02.md#the-console-client",
            hint = "When the server closes the connection (read returns -1 or fails) without a /quit, exit with"
                    + " status 3, even while waiting for stdin.")
    @Order(7)
    void exits_3_when_the_server_drops_the_connection(Harness harness) throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        try (FakeServer fake = harness.fakeServer()) {
            Session session = Session.start(harness, fake, nick, List.of(nick));
            session.client.nextLine(REPLY, "the welcome line");
            session.server.close();
            Expect.equal("exit status when the server drops the connection", 3, session.client.awaitExit(REPLY));
        }
    }

    @Check(points = 1, see = "protocol.md#console-client",
            hint = "Read stdin and write stdout as UTF-8 whatever the platform's default: wrap System.in and"
                    + " System.out with StandardCharsets.UTF_8.")
    @Order(8)
    void sends_and_prints_UTF_8_text_whatever_the_platform(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        try (FakeServer fake = harness.fakeServer()) {
            Session session = Session.start(harness, fake, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)));
            session.client.nextLine(REPLY, "the welcome line");
            session.client.type("héllo ✓ 😀");
            Expect.equal("the text said", "héllo ✓ 😀", string(session.server.expect("say"), "text"));
            session.server.sendLine(message(7, nicks[1], "¿qué tal? ✓ 日本 😀"));
            session.client.expectLine("<" + nicks[1] + "> ¿qué tal? ✓ 日本 😀", REPLY);
        }
    }

    /** A client under test, connected to the grader's fake server and welcomed. */
    private record Session(ClientProcess client, ChatConnection server) {

        /** Starts the client as {@code nick}, expects its hello, and answers welcome{nick, users}. */
        static Session start(Harness harness, FakeServer fake, String nick, List<String> users) throws IOException {
            ClientProcess client = harness.startClient(fake.port(), "--nick", nick);
            ChatConnection server = new ChatConnection(fake.accept(START));
            Expect.equal("the nick of the hello", nick, string(server.expect("hello"), "nick"));
            server.send("welcome", "nick", nick, "users", users);
            return new Session(client, server);
        }
    }

    private static String message(long id, String from, String text) {
        return ChatConnection.line("message", "id", id, "from", from, "text", text, "ts", now());
    }

    private static String whisper(long id, String from, String to, String text) {
        return ChatConnection.line("whisper", "id", id, "from", from, "to", to, "text", text, "ts", now());
    }

    private static String now() {
        return TIMESTAMP.format(Instant.now());
    }
}
