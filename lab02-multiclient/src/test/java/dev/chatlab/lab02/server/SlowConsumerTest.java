package dev.chatlab.lab02.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** A client that stops reading is dropped once its queue is full; the others never wait for it. */
@Timeout(30)
class SlowConsumerTest {

    private static final int MAX_QUEUE_BYTES = 64 * 1024;
    private static final int MAX_MESSAGES = 20_000;
    private static final Duration MAX_TIME = Duration.ofSeconds(20);
    private static final int BATCH = 50;

    @Test
    void a_client_that_stops_reading_is_dropped_as_slow_while_the_others_keep_chatting() throws Exception {
        InetSocketAddress anyPort = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try (ChatServer server = ChatServer.open(anyPort, MAX_QUEUE_BYTES, System.err)) {
            Thread.ofPlatform().name("serve").start(server::serve);
            try (ChatConnection ana = ChatConnection.register(server.port(), "ana");
                 ChatConnection slow = registerWithTinyReceiveBuffer(server.port(), "slow")) {
                ana.next("joined");
                String text = "x".repeat(1000);

                // ana says batches of messages and reads them back; slow reads nothing.
                JsonNode left = null;
                int sent = 0;
                Instant deadline = Instant.now().plus(MAX_TIME);
                while (left == null && sent < MAX_MESSAGES && Instant.now().isBefore(deadline)) {
                    for (int i = 0; i < BATCH; i++) {
                        ana.send("{\"type\":\"say\",\"text\":\"" + text + "\"}");
                    }
                    sent += BATCH;
                    for (int received = 0; received < BATCH; ) {
                        JsonNode frame = ana.next();
                        switch (frame.get("type").stringValue()) {
                            case "message" -> received++;
                            case "left" -> left = frame;
                            default -> throw new AssertionError("unexpected frame " + frame);
                        }
                    }
                }

                assertThat(left).as("left frame after %d messages", sent).isNotNull();
                assertThat(left.get("nick").stringValue()).isEqualTo("slow");
                assertThat(left.get("reason").stringValue()).isEqualTo("slow");
                ana.send("{\"type\":\"who\"}");
                assertThat(ana.nextLine()).isEqualTo("{\"type\":\"users\",\"users\":[\"ana\"]}");
                slow.drainUntilClosed();
            }
        }
    }

    private static ChatConnection registerWithTinyReceiveBuffer(int port, String nick) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connecting, so that the TCP window is small from the start
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return ChatConnection.register(socket, nick);
    }
}
