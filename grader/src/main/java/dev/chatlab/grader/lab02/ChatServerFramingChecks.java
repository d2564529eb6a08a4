package dev.chatlab.grader.lab02;

import static dev.chatlab.grader.chat.ChatConnection.string;
import static dev.chatlab.grader.chat.ChatConnection.users;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades how a lab02 chat server turns bytes into frames and in which order it reports what is wrong with
 * them (16 points): line framing and its 16384-byte limit, JSON and UTF-8, frame types, the registration
 * state, and the contract's error precedence.
 */
@GradingSuite
public class ChatServerFramingChecks {

    /** chat/1's limit on a frame's content, not counting the line end. */
    private static final int MAX_FRAME_BYTES = 16_384;

    @Check(points = 2, see = "protocol.md#framing",
            hint = "Decode each line with a CharsetDecoder that reports malformed input (new String(bytes, UTF_8)"
                    + " replaces it silently), and accept only one JSON object per line.")
    @Order(1)
    void refuses_lines_that_are_not_one_JSON_object_in_UTF_8_with_BAD_FRAME(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        for (String line : List.of("not json", "", "   ", "[]", "42", "\"ping\"", "null", "{",
                "{\"type\":\"ping\"", "{\"type\":\"ping\"}{\"type\":\"ping\"}")) {
            client.sendLine(line);
            client.expectError("BAD_FRAME");
        }
        // Invalid UTF-8: a stray byte, an overlong '/', an encoded surrogate, a sequence cut short.
        for (String bytes : List.of("ff", "c0af", "eda080", "e282")) {
            client.raw().send(frameWithBytes("{\"type\":\"ping\",\"token\":\"", bytes, "\"}\n"));
            client.expectError("BAD_FRAME");
        }
        client.hello(Samples.nicks(harness.random(), 1)[0]);
        client.raw().send(frameWithBytes("{\"type\":\"say\",\"text\":\"caf", "e9", "\"}\n"));
        client.expectError("BAD_FRAME");
    }

    @Check(points = 2, see = "protocol.md#errors",
            hint = "Look the type up among hello, say, whisper, who, ping and bye (exact spelling) before anything"
                    + " else; resume and pong come in later labs.")
    @Order(2)
    void refuses_unknown_types_with_UNKNOWN_TYPE_even_before_hello(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        List<String> unknown = List.of(
                ChatConnection.line("resume", "session", "AAAAAAAAAAAAAAAAAAAAAA", "last", 0),
                ChatConnection.line("pong", "token", "t"),
                ChatConnection.line("welcome", "nick", "ana", "users", List.of("ana")),
                ChatConnection.line("HELLO", "nick", "ana"),
                ChatConnection.line(""));
        for (String frame : unknown) {
            client.sendLine(frame);
            client.expectError("UNKNOWN_TYPE");
        }
        client.hello(Samples.nicks(harness.random(), 1)[0]);
        for (String frame : unknown) {
            client.sendLine(frame);
            client.expectError("UNKNOWN_TYPE");
        }
    }

    @Check(points = 2, see = "protocol.md#registration",
            hint = "Before a successful hello, answer say, whisper and who with NOT_REGISTERED; only hello, ping and"
                    + " bye are served.")
    @Order(3)
    void refuses_say_whisper_and_who_before_hello_with_NOT_REGISTERED(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        ChatConnection member = ChatConnection.room(server, nicks[0]).getFirst();
        ChatConnection client = ChatConnection.connect(server);
        client.send("say", "text", "hello?");
        client.expectError("NOT_REGISTERED");
        client.send("whisper", "to", nicks[0], "text", "psst");
        client.expectError("NOT_REGISTERED");
        client.send("who");
        client.expectError("NOT_REGISTERED");
        client.hello(nicks[1]);
        // Nothing the stranger sent reached the room: the first frame the member sees is the join.
        Expect.equal("the nick in `joined`", nicks[1], string(member.expect("joined"), "nick"));
    }

    @Check(points = 2, see = "protocol.md#registration",
            hint = "Answer any hello on a registered connection with ALREADY_REGISTERED, whatever its nick, and"
                    + " register nothing.")
    @Order(4)
    void refuses_a_second_hello_with_ALREADY_REGISTERED(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        ChatConnection client = ChatConnection.room(server, nicks[0]).getFirst();
        client.send("hello", "nick", nicks[0]);
        client.expectError("ALREADY_REGISTERED");
        client.send("hello", "nick", nicks[1]);
        client.expectError("ALREADY_REGISTERED");
        // The refused hello did not register its nick: another client can take it.
        Expect.equal("the users", Samples.sortedIgnoringCase(Arrays.asList(nicks)),
                users(ChatConnection.connect(server).hello(nicks[1])));
    }

    @Check(points = 3, see = "protocol.md#errors",
            hint = "Check in the contract's order: framing (BAD_FRAME, a missing or non-string type included), then"
                    + " the type, then registration, then the fields, then the state (NICK_TAKEN, NO_SUCH_USER).")
    @Order(5)
    void reports_errors_in_the_order_of_precedence_of_the_contract(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        client.sendLine("{\"type\":5,\"text\":\"hi\"}");
        client.expectError("BAD_FRAME");
        client.sendLine("{\"text\":\"hi\"}");
        client.expectError("BAD_FRAME");
        client.raw().send(frameWithBytes("{\"type\":\"say\",\"text\":\"", "ff", "\"}\n"));
        client.expectError("BAD_FRAME");
        client.send("resume", "session", "AAAAAAAAAAAAAAAAAAAAAA", "last", 0);
        client.expectError("UNKNOWN_TYPE");
        client.sendLine("{\"type\":\"say\"}");
        client.expectError("NOT_REGISTERED");
        client.send("say", "text", 42);
        client.expectError("NOT_REGISTERED");
        client.send("whisper", "to", "no body!", "text", " ");
        client.expectError("NOT_REGISTERED");

        client.hello(Samples.nicks(harness.random(), 1)[0]);
        client.send("hello", "nick", "no body!");
        client.expectError("ALREADY_REGISTERED");
        client.sendLine("{\"type\":\"hello\"}");
        client.expectError("ALREADY_REGISTERED");
        client.send("pong", "token", 5);
        client.expectError("UNKNOWN_TYPE");
        client.send("whisper", "to", Samples.NOBODY, "text", "   ");
        client.expectError("BAD_TEXT");
        client.send("whisper", "to", Samples.NOBODY, "text", 42);
        client.expectError("BAD_FRAME");
        client.send("whisper", "to", Samples.NOBODY);
        client.expectError("BAD_FRAME");
    }

    @Check(points = 2, see = "protocol.md#framing",
            hint = "The limit is on the line's content: 16384 bytes are allowed, and a \\r before the \\n is part of"
                    + " the line end, not of the frame.")
    @Order(6)
    void accepts_CRLF_line_ends_and_a_frame_of_exactly_16384_bytes(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection sender = room.get(0);
        ChatConnection receiver = room.get(1);
        sender.raw().send(ChatConnection.line("say", "text", "crlf") + "\r\n");
        receiver.expectMessage(nicks[0], "crlf");
        String full = frameOfExactly(MAX_FRAME_BYTES, "exactly 16384 bytes");
        sender.raw().send(full + "\n");
        receiver.expectMessage(nicks[0], "exactly 16384 bytes");
        sender.raw().send(full + "\r\n");
        receiver.expectMessage(nicks[0], "exactly 16384 bytes");

        ChatConnection stranger = ChatConnection.connect(server);
        stranger.raw().send(ChatConnection.line("ping", "token", "crlf") + "\r\n");
        Expect.equal("the token of the pong", "crlf", string(stranger.expect("pong"), "token"));
    }

    @Check(points = 2, see = "protocol.md#framing",
            hint = "Answer a line longer than 16384 bytes with one FRAME_TOO_LONG, skip it through its \\n, and read"
                    + " the next frame on the same connection as usual.")
    @Order(7)
    void answers_FRAME_TOO_LONG_for_a_longer_line_and_serves_the_next_frame(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        // One byte too many, then a good frame in the same write.
        client.raw().send(frameOfExactly(MAX_FRAME_BYTES + 1, "too long") + "\n"
                + ChatConnection.line("ping", "token", "next") + "\n");
        client.expectErrorFrame("FRAME_TOO_LONG");
        Expect.equal("the token of the pong", "next", string(client.expect("pong"), "token"));
        // A \r as byte 16385 is content when no \n follows it.
        client.raw().send(frameOfExactly(MAX_FRAME_BYTES, "too long") + "\rx\n"
                + ChatConnection.line("ping", "token", "after the carriage return") + "\n");
        client.expectErrorFrame("FRAME_TOO_LONG");
        Expect.equal("the token of the pong", "after the carriage return", string(client.expect("pong"), "token"));
        // A long garbage line is too long before it is anything else.
        client.raw().send("{".repeat(3 * MAX_FRAME_BYTES) + "\n");
        client.expectError("FRAME_TOO_LONG");
    }

    @Check(points = 1, see = "protocol.md#framing",
            hint = "Count the bytes of the current line as they arrive: reply FRAME_TOO_LONG at byte 16385, without"
                    + " waiting for the \\n and without keeping more than 16384 bytes.")
    @Order(8)
    void answers_FRAME_TOO_LONG_as_soon_as_the_limit_is_exceeded(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        ChatConnection client = ChatConnection.connect(server);
        client.raw().send(frameOfExactly(MAX_FRAME_BYTES + 1, "no end in sight"));
        client.expectErrorFrame("FRAME_TOO_LONG");
        // The rest of the line, 1 MiB, is skipped without another error; the frame after it is served.
        byte[] more = new byte[64 * 1024];
        Arrays.fill(more, (byte) 'z');
        for (int i = 0; i < 16; i++) {
            client.raw().send(more);
        }
        client.raw().send("\n" + ChatConnection.line("ping", "token", "after 1 MiB") + "\n");
        Expect.equal("the token of the pong", "after 1 MiB", string(client.expect("pong"), "token"));
    }

    /** A say frame of {@code text} padded with an unknown field to exactly {@code bytes} bytes, no line end. */
    private static String frameOfExactly(int bytes, String text) {
        String head = "{\"type\":\"say\",\"text\":\"" + text + "\",\"pad\":\"";
        String tail = "\"}";
        int padding = bytes - head.length() - tail.length();
        return head + "p".repeat(padding) + tail;
    }

    /** {@code before}, then the bytes written in hex, then {@code after}: a line that is not valid UTF-8. */
    private static byte[] frameWithBytes(String before, String hex, String after) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        frame.writeBytes(HexFormat.of().parseHex(hex));
        frame.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return frame.toByteArray();
    }
}
