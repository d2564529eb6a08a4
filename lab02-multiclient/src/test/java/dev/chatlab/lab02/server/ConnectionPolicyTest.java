package dev.chatlab.lab02.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The seams a later lab plugs its limits into, proven with plain-socket stand-ins: a {@link ConnectionPolicy}
 * that refuses at accept, and {@link ConnectionGuard}s that fail a handshake, refuse a hello and close,
 * rate-limit messages, close after ten errors in a row, and close from a timer.
 */
@Timeout(20)
class ConnectionPolicyTest {

    private static final String HANDSHAKE = "HANDSHAKE\n";

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private ChatServer server;

    private int serve(ConnectionPolicy policy) throws IOException {
        server = ChatServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES, ServerSocketFactory.getDefault(), policy,
                new PrintStream(logBytes, true, UTF_8));
        Thread.ofPlatform().name("serve").start(server::serve);
        return server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_connection_the_policy_refuses_is_closed_at_once_and_the_count_stays_exact() throws Exception {
        BlockingQueue<Integer> counts = new LinkedBlockingQueue<>();
        int port = serve(new TestPolicy(open -> counts.add(open) && open <= 2, (socket, close) -> ConnectionGuard.NONE));
        try (ChatConnection ana = ChatConnection.register(port, "ana");
             ChatConnection bob = ChatConnection.register(port, "bob")) {
            ana.next("joined");

            for (int i = 0; i < 2; i++) {
                try (ChatConnection refused = ChatConnection.open(port)) {
                    refused.expectClosedByServer();
                }
            }

            assertThat(counts).as("open connections seen at each accept").containsExactly(1, 2, 3, 3);
            ana.send("{\"type\":\"say\",\"text\":\"still here\"}");
            assertThat(bob.next("message").get("text").stringValue()).isEqualTo("still here");
            ana.next("message");

            bob.send("{\"type\":\"bye\"}");
            bob.expectClosedByServer();
            ana.next("left");
            try (ChatConnection carl = connectOnceAdmitted(port)) {
                carl.expectAlive();
            }
        }
    }

    @Test
    void a_failed_step_before_the_first_frame_closes_only_that_connection_and_quietly() throws Exception {
        int port = serve(TestPolicy.guarding((socket, close) -> new ConnectionGuard() {
            @Override
            public void beforeFirstFrame() throws IOException { // a stand-in for a TLS handshake
                byte[] expected = HANDSHAKE.getBytes(UTF_8);
                if (!Arrays.equals(socket.getInputStream().readNBytes(expected.length), expected)) {
                    throw new IOException("not a handshake");
                }
            }
        }));
        try (ChatConnection ana = ChatConnection.register(shookHands(port), "ana");
             ChatConnection plain = ChatConnection.open(port)) {
            plain.send("{\"type\":\"hello\",\"nick\":\"eve\"}");

            plain.expectClosedByServer();
            ana.expectNothingPending();
            assertThat(logLines()).as("the log").noneMatch(line -> line.contains("eve") || line.contains("bug"));
        }
    }

    @Test
    void a_guard_refuses_a_hello_after_its_field_checks_and_before_the_nick_check_and_may_close() throws Exception {
        BlockingQueue<ClientFrame> accepted = new LinkedBlockingQueue<>();
        int port = serve(TestPolicy.guarding((socket, close) -> new ConnectionGuard() {
            @Override
            public void check(ClientFrame frame) throws ProtocolException {
                if (frame instanceof ClientFrame.Hello hello && !"sesame".equals(hello.password())) {
                    throw ProtocolException.closing(ErrorCode.AUTH_FAILED, "Wrong nick or password.");
                }
            }

            @Override
            public void accepted(ClientFrame frame) {
                accepted.add(frame);
            }
        }));
        try (ChatConnection taken = ChatConnection.open(port);
             ChatConnection refused = ChatConnection.open(port);
             ChatConnection ana = ChatConnection.open(port)) {
            taken.send(hello("taken", "sesame"));
            taken.next("welcome");

            refused.send(hello("bad!", null));
            refused.expectError("BAD_NICK");
            refused.send(hello("eve", "guess"));
            refused.expectError("AUTH_FAILED");
            refused.expectClosedByServer();

            ana.send(hello("TAKEN", "sesame"));
            ana.expectError("NICK_TAKEN");
            ana.send(hello("ana", "sesame"));
            ana.next("welcome");
            // Each reader reports its frame once the room has handled it: wait for both hellos before
            // taken's probe, whose who another thread reports.
            assertThat(accepted.poll(5, TimeUnit.SECONDS)).isEqualTo(new ClientFrame.Hello("taken", "sesame"));
            assertThat(accepted.poll(5, TimeUnit.SECONDS)).isEqualTo(new ClientFrame.Hello("ana", "sesame"));

            assertThat(taken.next("joined").get("nick").stringValue()).isEqualTo("ana");
            taken.expectNothingPending();
            assertThat(accepted.poll(5, TimeUnit.SECONDS)).isEqualTo(new ClientFrame.Who());
            assertThat(accepted).as("the refused frames are not reported as accepted").isEmpty();
        }
    }

    @Test
    void a_guard_rate_limits_messages_that_passed_their_checks_and_keeps_the_connection() throws Exception {
        int port = serve(TestPolicy.guarding((socket, close) -> new TwoTokens()));
        try (ChatConnection ana = ChatConnection.register(port, "ana");
             ChatConnection bob = ChatConnection.register(port, "bob")) {
            ana.next("joined");

            ana.send("{\"type\":\"say\",\"text\":\"   \"}");
            ana.expectError("BAD_TEXT");
            ana.send("{\"type\":\"whisper\",\"to\":\"nobody\",\"text\":\"hi\"}");
            ana.expectError("NO_SUCH_USER");
            ana.send("{\"type\":\"say\",\"text\":\"one\"}");
            ana.send("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"two\"}");
            ana.send("{\"type\":\"say\",\"text\":\"three\"}");

            assertThat(ana.next("message").get("text").stringValue()).isEqualTo("one");
            assertThat(ana.next("whisper").get("text").stringValue()).isEqualTo("two");
            ana.expectError("RATE_LIMITED");
            assertThat(bob.next("message").get("text").stringValue()).isEqualTo("one");
            assertThat(bob.next("whisper").get("text").stringValue()).isEqualTo("two");
            bob.expectNothingPending();
            ana.expectAlive();
        }
    }

    @Test
    void a_guard_closes_after_the_tenth_error_in_a_row_and_the_others_hear_left_disconnect() throws Exception {
        int port = serve(TestPolicy.guarding((socket, close) -> new TenErrorsInARow()));
        try (ChatConnection ana = ChatConnection.register(port, "ana");
             ChatConnection bob = ChatConnection.register(port, "bob")) {
            ana.next("joined");

            sendErrors(bob, 9);
            bob.expectAlive(); // a frame without error starts the count again
            sendErrors(bob, 9);
            bob.sendBytes(("x".repeat(FrameReader.MAX_FRAME_BYTES + 1) + "\n").getBytes(UTF_8));

            bob.expectError("FRAME_TOO_LONG");
            bob.expectClosedByServer();
            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"disconnect\"}");
        }
    }

    @Test
    void the_close_given_to_a_guard_ends_its_connection_from_another_thread() throws Exception {
        Map<Integer, Runnable> closers = new ConcurrentHashMap<>();
        CountDownLatch ended = new CountDownLatch(2);
        int port = serve(TestPolicy.guarding((socket, close) -> {
            closers.put(socket.getPort(), close);
            return new ConnectionGuard() {
                @Override
                public void ended() {
                    ended.countDown();
                }
            };
        }));
        try (ChatConnection ana = ChatConnection.register(port, "ana");
             ChatConnection idle = ChatConnection.open(port);
             ChatConnection bob = ChatConnection.register(port, "bob")) {
            ana.next("joined");
            idle.expectAlive(); // accepted, so its guard exists

            Thread.ofVirtual().start(closers.get(idle.socket().getLocalPort())); // a deadline's timer, say
            idle.expectClosedByServer();
            Thread.ofVirtual().start(closers.get(bob.socket().getLocalPort()));
            bob.drainUntilClosed();

            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"disconnect\"}");
            assertThat(ended.await(5, TimeUnit.SECONDS)).as("both guards told that their connection ended").isTrue();
        }
    }

    /** Two tokens: a say or whisper that passed its checks needs one, and uses it once it was delivered. */
    private static final class TwoTokens implements ConnectionGuard {
        private int tokens = 2;

        @Override
        public void check(ClientFrame frame) throws ProtocolException {
            if (isMessage(frame) && tokens == 0) {
                throw new ProtocolException(ErrorCode.RATE_LIMITED, "Slow down.");
            }
        }

        @Override
        public void accepted(ClientFrame frame) {
            if (isMessage(frame)) {
                tokens--;
            }
        }

        private static boolean isMessage(ClientFrame frame) {
            return frame instanceof ClientFrame.Say || frame instanceof ClientFrame.Whisper;
        }
    }

    /** Ten error replies in a row, RATE_LIMITED aside, close the connection; a frame without error resets. */
    private static final class TenErrorsInARow implements ConnectionGuard {
        private int errors;

        @Override
        public void accepted(ClientFrame frame) {
            errors = 0;
        }

        @Override
        public boolean closeAfterError(ErrorCode code) {
            return code != ErrorCode.RATE_LIMITED && ++errors >= 10;
        }
    }

    private static void sendErrors(ChatConnection connection, int count) throws IOException {
        List<String> bad = List.of("not json", "{\"type\":\"nope\"}", "{\"type\":\"say\",\"text\":\" \"}");
        for (int i = 0; i < count; i++) {
            connection.send(bad.get(i % bad.size()));
        }
        for (int i = 0; i < count; i++) {
            connection.next("error");
        }
    }

    private static String hello(String nick, String password) {
        return "{\"type\":\"hello\",\"nick\":\"" + nick + "\""
                + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}";
    }

    private static Socket shookHands(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(HANDSHAKE.getBytes(UTF_8));
        return socket;
    }

    /** A connection the policy admitted: retried while it is refused (closed at once), for at most 5 s. */
    private static ChatConnection connectOnceAdmitted(int port) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            ChatConnection connection = ChatConnection.open(port);
            try {
                connection.send("{\"type\":\"ping\"}");
                if (connection.next().get("type").stringValue().equals("pong")) {
                    return connection;
                }
            } catch (AssertionError | SocketException refused) {
                // Closed at once: the connection that ended was not counted out yet.
            }
            connection.close();
        }
        throw new AssertionError("no connection admitted within 5 s");
    }

    private List<String> logLines() {
        return logBytes.toString(UTF_8).lines().toList();
    }
}
