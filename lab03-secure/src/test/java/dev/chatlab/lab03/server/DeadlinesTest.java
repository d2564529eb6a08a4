package dev.chatlab.lab03.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.limits.AbuseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The handshake and hello deadlines run from accept, as fixed timers: a client that sends nothing, one that
 * drips bytes, and one that pings instead of saying hello are all closed on time.
 */
@Timeout(30)
class DeadlinesTest {

    private static final Duration SHORT = Duration.ofMillis(600);
    private static final Duration LONG = Duration.ofSeconds(20);
    private static final Duration HELLO = Duration.ofSeconds(2);

    @Test
    void a_client_that_connects_and_sends_nothing_is_closed_at_the_handshake_deadline() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS.withDeadlines(SHORT, LONG));
             Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            long start = System.nanoTime();
            SecureServerTest.assertClosed(silent);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(SHORT.minusMillis(100), SHORT.plusSeconds(3));
            assertThat(server.log()).contains("no TLS handshake within 600 ms of accept");
        }
    }

    @Test
    void a_handshake_that_drips_bytes_is_cut_at_the_deadline_from_accept_not_after_the_last_byte() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS.withDeadlines(SHORT, LONG));
             Socket dripping = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            long start = System.nanoTime();
            // A TLS record header announcing a 512-byte handshake message, then its body one byte at a time,
            // each 100 ms apart: a read timeout of 600 ms would never expire.
            byte[] header = {0x16, 0x03, 0x01, 0x02, 0x00};
            dripping.getOutputStream().write(header);
            boolean closed = dripUntilClosed(dripping, Duration.ofMillis(100), 100);

            assertThat(closed).as("closed while still dripping").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(SHORT.minusMillis(100), SHORT.plusSeconds(3));
        }
    }

    @Test
    void the_hello_deadline_is_not_extended_by_pings_and_a_hello_stops_it() throws Exception {
        // Long enough for ana's handshake and hello on a loaded machine: ana must register within it too.
        AbuseLimits limits = RunningServer.LIMITS.withDeadlines(LONG, HELLO);
        try (RunningServer server = RunningServer.start(limits);
             TlsChat ana = TlsChat.register(server.port(), "ana")) {
            long start = System.nanoTime(); // before the connect, so before the accept the deadline counts from
            int pongs = 0;
            try (TlsChat pinger = TlsChat.open(server.port())) {
                while (true) { // ping after ping, each answered, until the server closes
                    try {
                        pinger.send("{\"type\":\"ping\",\"token\":\"p\"}");
                        pinger.next("pong");
                        pongs++;
                    } catch (IOException | AssertionError closed) {
                        break;
                    }
                    assertThat(pongs).as("pongs before the deadline").isLessThan(1_000_000);
                }
            }
            Duration lived = Duration.ofNanos(System.nanoTime() - start);

            assertThat(pongs).isPositive();
            assertThat(lived).isBetween(HELLO.minusMillis(100), HELLO.plusSeconds(3));
            assertThat(server.log()).contains("no hello within " + HELLO.toMillis() + " ms of accept");
            ana.expectAlive(); // registered in time: its deadline was stopped, long before the pinger's passed
        }
    }

    /**
     * Writes one byte every {@code pace} (the wait for a reply is the pace) until the server closes the
     * connection; at most {@code maxBytes} bytes. Returns whether the server closed it.
     */
    private static boolean dripUntilClosed(Socket socket, Duration pace, int maxBytes) throws IOException {
        socket.setSoTimeout((int) pace.toMillis());
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        for (int i = 0; i < maxBytes; i++) {
            try {
                out.write(0x01);
                out.flush();
                if (in.read() == -1) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                continue;
            } catch (SocketException closed) {
                return true;
            }
        }
        return false;
    }
}
