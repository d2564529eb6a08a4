package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.Connectors;
import dev.chatlab.lab04.testing.RecordingListener;
import dev.chatlab.lab04.testing.ScriptedServer;
import dev.chatlab.lab04.testing.TestTls;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's keepalive pings: against a server that follows the heartbeat rule word for word (it pings only a
 * client to which it has sent nothing, so never one it streams to, and takes three heartbeats without a frame
 * from the client for a dead connection), a client that only receives stays connected because it pings.
 */
@Timeout(60)
class StreamingServerTest {

    private static final int HEARTBEAT_SECONDS = 2;
    private static final Duration HEARTBEAT = Duration.ofSeconds(HEARTBEAT_SECONDS);
    private static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(3);
    /** How long the server streams: a heartbeat longer than the silence after which it drops a client. */
    private static final Duration STREAM = DEAD_AFTER.plus(HEARTBEAT);
    private static final Duration MESSAGE_EVERY = Duration.ofMillis(150);

    @TempDir
    Path home;

    @Test
    void a_client_that_only_receives_pings_a_server_that_never_pings_it_and_stays_connected() throws Exception {
        TestTls tls = TestTls.in(home);
        ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
        try (ScriptedServer server = ScriptedServer.open(tls)) {
            CompletableFuture<Integer> streamed = new CompletableFuture<>();
            AtomicInteger pings = new AtomicInteger();
            Thread.ofVirtual().start(() -> streamToTheFirstClient(server, stream, streamed, pings));
            RecordingListener events = new RecordingListener();
            try (ReconnectingClient client = new ReconnectingClient(Connectors.to(tls, server.port()),
                    new ClientFrame.Hello("ana"), events, ClientSettings.contract(new SplittableRandom(1)))) {
                client.connect();

                int messages = streamed.get(STREAM.plus(Duration.ofSeconds(20)).toSeconds(), TimeUnit.SECONDS);
                events.await(ServerFrame.Message.class, message -> message.id() == messages, Duration.ofSeconds(10));
                assertThat(events.all).as("never reconnected").noneMatch(ClientState.Reconnecting.class::isInstance);
                assertThat(pings.get()).as("pings from a client that had nothing else to say").isPositive();
                assertThat(events.shown).as("the pongs are not shown").allMatch(ServerFrame.Message.class::isInstance);
            }
        } finally {
            stream.shutdownNow();
        }
    }

    /**
     * Welcomes the first client with a heartbeat of 2 s, then sends it a message every 150 ms for {@link #STREAM},
     * answering its pings with pongs; {@code streamed} gets the number of messages, or fails if the client said
     * nothing for three heartbeats and was dropped.
     */
    private static void streamToTheFirstClient(ScriptedServer server, ScheduledExecutorService stream,
                                               CompletableFuture<Integer> streamed, AtomicInteger pings) {
        try (ScriptedServer.Connection connection = server.accept()) {
            assertThat(connection.next()).as("hello").isInstanceOf(ReconnectClientFrame.Chat.class);
            AtomicLong lastHeard = new AtomicLong(System.nanoTime());
            connection.send(new ReconnectServerFrame.Welcome("ana", List.of("ana", "bob"), "s", HEARTBEAT_SECONDS, 30));
            long start = System.nanoTime();
            AtomicInteger sent = new AtomicInteger();
            stream.scheduleWithFixedDelay(() -> {
                long now = System.nanoTime();
                if (now - lastHeard.get() >= DEAD_AFTER.toNanos()) {
                    streamed.completeExceptionally(new AssertionError("the client said nothing for "
                            + Duration.ofNanos(now - lastHeard.get()) + ": dropped as dead"));
                    connection.close();
                } else if (now - start >= STREAM.toNanos()) {
                    streamed.complete(sent.get());
                } else if (!streamed.isDone()) {
                    int id = sent.incrementAndGet();
                    connection.send(new ReconnectServerFrame.Chat(new ServerFrame.Message(id, "bob", "stream " + id,
                            Instant.now())));
                }
            }, MESSAGE_EVERY.toMillis(), MESSAGE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            for (ReconnectClientFrame frame; (frame = connection.nextOrEnd()) != null; ) {
                lastHeard.set(System.nanoTime());
                if (frame instanceof ReconnectClientFrame.Chat(ClientFrame.Ping ping, String cid)) {
                    pings.incrementAndGet();
                    connection.send(new ReconnectServerFrame.Chat(new ServerFrame.Pong(ping.token())));
                } else if (frame instanceof ReconnectClientFrame.Chat(ClientFrame.Bye bye, String cid)) {
                    return; // the client quits: closing is the server's part
                }
            }
        } catch (Exception e) {
            streamed.completeExceptionally(e); // a no-op once the stream has ended
        }
    }
}
