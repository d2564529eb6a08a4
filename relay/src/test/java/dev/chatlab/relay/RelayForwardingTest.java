package dev.chatlab.relay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.relay.event.RelayEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A relay with no fault set forwards bytes, half-closes and resets exactly as they come. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RelayForwardingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final RelayFixture fixture = new RelayFixture(0);

    @Test
    void a_mebibyte_of_random_bytes_passes_unchanged_both_ways_at_once() throws Exception {
        byte[] up = randomBytes(1 << 20, 1);
        byte[] down = randomBytes(1 << 20, 2);
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            CompletableFuture<Void> sendUp = send(ends.client(), up);
            CompletableFuture<Void> sendDown = send(ends.server(), down);
            CompletableFuture<byte[]> readUp = read(ends.server().getInputStream(), up.length);
            CompletableFuture<byte[]> readDown = read(ends.client().getInputStream(), down.length);
            assertThat(readUp.get(20, TimeUnit.SECONDS)).isEqualTo(up);
            assertThat(readDown.get(20, TimeUnit.SECONDS)).isEqualTo(down);
            sendUp.get(1, TimeUnit.SECONDS);
            sendDown.get(1, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_half_close_is_forwarded_each_way_and_the_other_direction_keeps_working() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            ends.client().getOutputStream().write("last words".getBytes(UTF_8));
            ends.client().shutdownOutput();
            assertThat(ends.server().getInputStream().readAllBytes()).asString(UTF_8).isEqualTo("last words");

            ends.server().getOutputStream().write("still here".getBytes(UTF_8));
            ends.server().shutdownOutput();
            assertThat(ends.client().getInputStream().readAllBytes()).asString(UTF_8).isEqualTo("still here");
        }
        assertThat(fixture.relay().events().await(event -> event instanceof RelayEvent.LinkClosed closed
                && closed.reason().equals("both sides closed") && closed.bytesUp() == 10 && closed.bytesDown() == 10,
                WAIT)).isPresent();
    }

    @Test
    void a_reset_by_the_client_reaches_the_server_as_a_reset() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            ends.client().setSoLinger(true, 0);
            ends.client().close();
            assertThatThrownBy(() -> ends.server().getInputStream().read())
                    .isInstanceOf(SocketException.class).hasMessageContaining("reset");
        }
    }

    @Test
    void a_client_whose_target_refuses_is_reset_and_the_reason_is_logged() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (Relay dead = Relay.start(RelayConfig.to(closedPort), LoopbackTarget.QUIET);
             Socket client = new Socket(InetAddress.getLoopbackAddress(), dead.port())) {
            client.setSoTimeout(10_000);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketException.class);
            assertThat(dead.events().await(event -> event.describe().startsWith("link 1 closed (target unreachable"),
                    WAIT)).isPresent();
        }
    }

    @Test
    void a_target_that_is_not_on_this_machine_is_rejected_with_a_clear_message() {
        assertThatThrownBy(() -> RelayConfig.to(new InetSocketAddress("192.0.2.1", 80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Target must be on this machine (a loopback address such as 127.0.0.1 or localhost), "
                        + "not 192.0.2.1");
    }

    @Test
    void the_port_is_known_before_the_relay_serves_and_links_are_numbered_from_1() throws Exception {
        try (Relay opened = Relay.open(RelayConfig.to(fixture.target().port()), LoopbackTarget.QUIET)) {
            assertThat(opened.port()).isPositive();
            Thread.ofVirtual().start(() -> {
                try {
                    opened.serve();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (LoopbackTarget.Ends first = fixture.target().connect(opened); LoopbackTarget.Ends second = fixture.target().connect(opened)) {
                roundTrip(first);
                roundTrip(second);
                assertThat(opened.links().open()).extracting(link -> link.id()).containsExactly(1, 2);
            }
        }
    }

    static void roundTrip(LoopbackTarget.Ends ends) throws IOException {
        ends.client().getOutputStream().write('?');
        assertThat(ends.server().getInputStream().read()).isEqualTo('?');
        ends.server().getOutputStream().write('!');
        assertThat(ends.client().getInputStream().read()).isEqualTo('!');
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static CompletableFuture<Void> send(Socket socket, byte[] bytes) {
        return CompletableFuture.runAsync(() -> {
            try {
                socket.getOutputStream().write(bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
    }

    static CompletableFuture<byte[]> read(InputStream in, int size) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return in.readNBytes(size);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
    }
}
