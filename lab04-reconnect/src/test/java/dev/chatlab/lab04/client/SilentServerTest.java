package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.Connectors;
import dev.chatlab.lab04.testing.RecordingListener;
import dev.chatlab.lab04.testing.TestTls;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's side of the heartbeat: a server that welcomes it and then falls silent (a stall: the socket
 * stays open) is declared dead after three of the heartbeats it announced, and the client reconnects.
 */
@Timeout(60)
class SilentServerTest {

    @TempDir
    Path home;

    @Test
    void three_heartbeats_of_silence_from_the_server_count_as_a_lost_connection() throws Exception {
        TestTls tls = TestTls.in(home);
        try (ServerSocket silent = tls.server().serverSocketFactory().createServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread.ofVirtual().start(() -> welcomeThenStall(silent));
            RecordingListener events = new RecordingListener();
            ReconnectingClient client = new ReconnectingClient(Connectors.to(tls, silent.getLocalPort()),
                    new ClientFrame.Hello("ana"), events, ClientSettings.contract(new SplittableRandom(1)));
            try (client) {
                client.connect();
                long online = System.nanoTime();
                events.await(ClientState.Reconnecting.class, r -> r.attempt() == 1, Duration.ofSeconds(10));

                assertThat(Duration.ofNanos(System.nanoTime() - online))
                        .as("three heartbeats of 1 s, give or take one check")
                        .isBetween(Duration.ofMillis(2900), Duration.ofMillis(4500));
            }
        }
    }

    /** Welcomes every client with a heartbeat of 1 s, then reads and never writes again. */
    private static void welcomeThenStall(ServerSocket silent) {
        while (!silent.isClosed()) {
            try {
                Socket socket = silent.accept();
                Thread.ofVirtual().start(() -> {
                    try (socket; InputStream in = socket.getInputStream()) {
                        socket.getOutputStream().write(ReconnectServerCodec.encode(new ReconnectServerFrame.Welcome(
                                "ana", List.of("ana"), "s", 1, 30)));
                        in.transferTo(java.io.OutputStream.nullOutputStream()); // until the client closes
                    } catch (java.io.IOException e) {
                        // the client closed or reset it: what the test waits for
                    }
                });
            } catch (java.io.IOException e) {
                return;
            }
        }
    }
}
