package dev.chatlab.lab02.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ServerSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An accept that keeps failing (no file descriptor left, say) neither spins the accept loop nor floods the log. */
@Timeout(20)
class AcceptBackoffTest {

    private static final int FAILURES = 1000;

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, UTF_8);

    @Test
    void the_wait_doubles_from_10_ms_up_to_1_s_and_starts_again_after_a_success() {
        AcceptBackoff backoff = new AcceptBackoff(log);
        IOException emfile = new SocketException("Too many open files");

        List<Long> waits = IntStream.range(0, 9).mapToObj(i -> backoff.failed(emfile).toMillis()).toList();
        backoff.succeeded();

        assertThat(waits).containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1000L, 1000L);
        assertThat(backoff.failed(emfile)).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void logs_a_line_per_doubling_of_a_run_of_failures_with_the_count_not_logged() {
        AcceptBackoff backoff = new AcceptBackoff(log);
        IOException emfile = new SocketException("Too many open files");

        for (int i = 0; i < FAILURES; i++) {
            backoff.failed(emfile);
        }
        backoff.succeeded();

        List<String> lines = logLines();
        assertThat(lines).hasSize(11); // failures 1, 2, 4 ... 512, then the recovery
        assertThat(lines.get(0)).isEqualTo("chat server: accepting a connection failed: " + emfile
                + " (1 in a row, 0 not logged); next try in 10 ms");
        assertThat(lines.get(9)).contains("(512 in a row, 255 not logged); next try in 1000 ms");
        assertThat(lines.get(10)).isEqualTo("chat server: accepting works again after 1000 failures in a row");
    }

    @Test
    void the_accept_loop_backs_off_then_serves_again_once_accept_works() throws Exception {
        AcceptBackoff fast = new AcceptBackoff(Duration.ofNanos(100_000), Duration.ofNanos(100_000), log);
        try (ChatServer server = ChatServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES, new FailingAcceptFactory(FAILURES), ConnectionPolicy.UNLIMITED,
                fast, log)) {
            Thread.ofPlatform().name("serve").start(server::serve);

            try (ChatConnection ana = ChatConnection.register(server.port(), "ana")) {
                ana.expectAlive();
            }

            List<String> lines = logLines();
            assertThat(lines).contains("chat server: accepting works again after " + FAILURES + " failures in a row");
            assertThat(lines).as("log lines for %d failed accepts", FAILURES).hasSizeLessThan(15);
        }
    }

    private List<String> logLines() {
        return logBytes.toString(UTF_8).lines().filter(line -> line.contains("accept")).toList();
    }

    /** Makes server sockets whose first {@code failures} accepts fail as if no file descriptor were left. */
    private static final class FailingAcceptFactory extends ServerSocketFactory {
        private final int failures;

        FailingAcceptFactory(int failures) {
            this.failures = failures;
        }

        @Override
        public ServerSocket createServerSocket() throws IOException {
            AtomicInteger left = new AtomicInteger(failures);
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    if (left.getAndDecrement() > 0) {
                        throw new SocketException("Too many open files");
                    }
                    return super.accept();
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new SocketException("Only unbound server sockets are made here");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new SocketException("Only unbound server sockets are made here");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new SocketException("Only unbound server sockets are made here");
        }
    }
}
