package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.server.SessionSettings;
import dev.chatlab.lab04.testing.Connectors;
import dev.chatlab.lab04.testing.RecordingListener;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.CutMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guarantee: three clients behind a relay that cuts every connection at random moments (seeded) while
 * each sends 50 messages; every client ends up showing the same 150 messages, in id order, none twice, and
 * no gap.
 */
@Timeout(120)
class ChaosTest {

    private static final long SEED = 20_261_121L;
    private static final int CLIENTS = 3;
    private static final int MESSAGES = 50;

    @TempDir
    Path home;

    @Test
    void every_client_shows_the_same_complete_sequence_across_random_cuts() throws Exception {
        TestTls tls = TestTls.in(home);
        try (RunningServer server = new RunningServer(tls, new SessionSettings(Duration.ofSeconds(1),
                Duration.ofSeconds(30), 10_000)); Relay relay = Relay.start(RelayConfig.to(server.port()), System.err)) {
            List<RecordingListener> listeners = new ArrayList<>();
            List<ReconnectingClient> clients = new ArrayList<>();
            CountDownLatch complete = new CountDownLatch(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                RecordingListener listener = new RecordingListener() {
                    private int messages;

                    @Override
                    public void frame(ServerFrame frame) {
                        super.frame(frame);
                        if (frame instanceof ServerFrame.Message && ++messages == CLIENTS * MESSAGES) {
                            complete.countDown();
                        }
                    }
                };
                ReconnectingClient client = new ReconnectingClient(Connectors.to(tls, relay.port()),
                        new ClientFrame.Hello("c" + i), listener, ClientSettings.contract(new SplittableRandom(SEED + i)));
                client.connect();
                listeners.add(listener);
                clients.add(client);
            }

            Thread chaos = Thread.ofVirtual().start(() -> cutAtRandom(relay, new Random(SEED)));
            for (int m = 1; m <= MESSAGES; m++) {
                for (int i = 0; i < CLIENTS; i++) {
                    assertThat(clients.get(i).send(new ClientFrame.Say("c" + i + "-" + m))).isTrue();
                }
            }
            boolean done = complete.await(90, TimeUnit.SECONDS);
            chaos.interrupt();
            chaos.join();
            clients.forEach(ReconnectingClient::quit);

            assertThat(done).as("every client showed all %d messages", CLIENTS * MESSAGES).isTrue();
            List<String> first = listeners.get(0).texts();
            assertThat(first).hasSize(CLIENTS * MESSAGES).doesNotHaveDuplicates();
            for (RecordingListener listener : listeners) {
                assertThat(listener.texts()).isEqualTo(first);
                assertThat(listener.ids()).isSorted().doesNotHaveDuplicates();
                assertThat(listener.all).filteredOn(ClientListener.Reconnection.class::isInstance)
                        .allSatisfy(r -> assertThat(((ClientListener.Reconnection) r).gap()).isFalse());
            }
            assertThat(listeners.get(0).all).as("the relay did cut")
                    .anyMatch(ClientListener.Reconnection.class::isInstance);
        }
    }

    /** Cuts every link 12 times, 100 to 600 ms apart (seeded), or until interrupted. */
    private static void cutAtRandom(Relay relay, Random random) {
        try {
            for (int cut = 0; cut < 12; cut++) {
                Thread.sleep(100 + random.nextInt(500)); // the chaos schedule itself, not a synchronisation
                relay.faults().cutAll(CutMode.CLOSE);
            }
        } catch (InterruptedException e) {
            // the test has its answer
        }
    }
}
