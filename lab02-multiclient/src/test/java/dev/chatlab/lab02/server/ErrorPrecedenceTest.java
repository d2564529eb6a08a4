package dev.chatlab.lab02.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * chat/1's error precedence, checked through a real server: framing, then the type, then registration,
 * then the fields, then the state of the room. Every error leaves the connection open.
 */
@Timeout(30)
class ErrorPrecedenceTest {

    private static final AtomicInteger NICKS = new AtomicInteger();
    private static ChatServer server;
    private static ChatConnection taken;

    @BeforeAll
    static void start() throws Exception {
        server = ChatServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES, System.err);
        Thread.ofPlatform().name("serve").start(server::serve);
        taken = ChatConnection.register(server.port(), "taken");
    }

    @AfterAll
    static void stop() throws Exception {
        taken.close();
        server.close();
    }

    static Stream<Arguments> beforeHello() {
        return Stream.of(
                Arguments.of("{\"type\":\"say\",\"text\":\"hi\"", "BAD_FRAME"),
                Arguments.of("", "BAD_FRAME"),
                Arguments.of("[]", "BAD_FRAME"),
                Arguments.of("{\"text\":\"\"}", "BAD_FRAME"),
                Arguments.of("{\"type\":[\"say\"]}", "BAD_FRAME"),
                Arguments.of("{\"type\":\"resume\",\"session\":\"x\",\"last\":0}", "UNKNOWN_TYPE"),
                Arguments.of("{\"type\":\"pong\"}", "UNKNOWN_TYPE"),
                Arguments.of("{\"type\":\"say\",\"text\":\"\"}", "NOT_REGISTERED"),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"no one\"}", "NOT_REGISTERED"),
                Arguments.of("{\"type\":\"who\"}", "NOT_REGISTERED"),
                Arguments.of("{\"type\":\"hello\",\"nick\":7}", "BAD_FRAME"),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"no one\"}", "BAD_NICK"),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"TAKEN\"}", "NICK_TAKEN"),
                Arguments.of("{\"type\":\"ping\",\"token\":\"\"}", "BAD_FRAME"));
    }

    @ParameterizedTest(name = "[{index}] {1} for {0}")
    @MethodSource("beforeHello")
    void before_hello(String line, String code) throws Exception {
        try (ChatConnection connection = ChatConnection.open(server.port())) {
            connection.send(line);

            connection.expectError(code);
            connection.expectAlive();
        }
    }

    static Stream<Arguments> afterHello() {
        return Stream.of(
                Arguments.of("{\"type\":\"hello\",\"nick\":\"ana\"", "BAD_FRAME"),
                Arguments.of("{\"type\":\"welcome\"}", "UNKNOWN_TYPE"),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"someone\"}", "ALREADY_REGISTERED"),
                Arguments.of("{\"type\":\"hello\",\"nick\":42}", "ALREADY_REGISTERED"),
                Arguments.of("{\"type\":\"hello\"}", "ALREADY_REGISTERED"),
                Arguments.of("{\"type\":\"say\"}", "BAD_FRAME"),
                Arguments.of("{\"type\":\"say\",\"text\":null}", "BAD_FRAME"),
                Arguments.of("{\"type\":\"say\",\"text\":\" \\u3000\\n\"}", "BAD_TEXT"),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"no one\",\"text\":\"\"}", "BAD_NICK"),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"nobody\",\"text\":\"\"}", "BAD_TEXT"),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"nobody\",\"text\":\"hi\"}", "NO_SUCH_USER"));
    }

    @ParameterizedTest(name = "[{index}] {1} for {0}")
    @MethodSource("afterHello")
    void after_hello(String line, String code) throws Exception {
        String nick = "user" + NICKS.incrementAndGet();
        try (ChatConnection connection = ChatConnection.register(server.port(), nick)) {
            connection.send(line);

            connection.expectError(code);
            connection.expectAlive();
        }
        // The next case registers once the room has announced this user's leaving, which would otherwise
        // reach the next user between its welcome and its error.
        awaitLeft(nick);
    }

    /** Reads what the member {@code taken} gets (the joined and left of each case) until {@code nick} has left. */
    private static void awaitLeft(String nick) throws IOException {
        JsonNode frame;
        do {
            frame = taken.next();
        } while (!frame.get("type").stringValue().equals("left") || !frame.get("nick").stringValue().equals(nick));
    }

    @Test
    void malformed_utf8_is_bad_frame() throws Exception {
        try (ChatConnection connection = ChatConnection.open(server.port())) {
            connection.sendBytes(new byte[] {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});

            connection.expectError("BAD_FRAME");
            connection.expectAlive();
        }
    }

    @Test
    void a_frame_too_long_is_refused_and_the_next_frame_is_served() throws Exception {
        try (ChatConnection connection = ChatConnection.open(server.port())) {
            String text = "x".repeat(20_000);
            connection.sendBytes(("{\"type\":\"say\",\"text\":\"" + text + "\"}\n").getBytes(UTF_8));

            connection.expectError("FRAME_TOO_LONG");
            connection.expectAlive();
        }
    }
}
