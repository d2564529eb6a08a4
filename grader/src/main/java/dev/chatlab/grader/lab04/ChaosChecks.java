package dev.chatlab.grader.lab04;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.chaos.ChaosPlan;
import dev.chatlab.relay.chaos.ChaosRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;

/**
 * The chaos check: the submission's server and {@value #CLIENTS} of its clients, each client connected through
 * the kit's relay, which cuts, resets or stalls a random link every 0.1 to 1 s for 20 s, its schedule drawn from
 * the run's seed ({@code grade --seed} replays it). Each client types {@value #MESSAGES} messages, in bursts of
 * {@value ChatConnection#MAX_BURST} every {@link ChatConnection#BURST_REFILL} (lab03's rate limit and the
 * grader's traffic rule), while the faults go on. Once they stop, within {@link #SETTLE}, every client must have
 * shown all {@value #CLIENTS} x {@value #MESSAGES} messages, once each, in the id order the server gave them (a
 * connection of the grader's own, straight to the server, sees the ids).
 *
 * <p>The server runs with {@code --heartbeat-seconds 1} (a dead link is noticed within 3 s), and
 * {@code --resume-seconds 60}, far above the longest stall (1 s) plus a client's backoff, so that no session
 * expires during the check.
 */
@GradingSuite
public class ChaosChecks {

    static final int CLIENTS = 5;
    static final int MESSAGES = 200;
    /** How long the relay breaks links. */
    private static final Duration CHAOS = Duration.ofSeconds(20);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);
    /** After the faults stop, how long the clients have to catch up. */
    private static final Duration SETTLE = Duration.ofSeconds(30);
    /** How long a client that shows every message is watched for a late duplicate. */
    private static final Duration QUIET = Duration.ofMillis(300);
    /** How long a client may take to start and connect: a JVM starting on a busy machine. */
    private static final Duration START = Duration.ofSeconds(20);

    @Check(points = 1, see = "lab04.md#delivery-at-most-at-least-effectively-once", timeoutSeconds = 180,
            hint = "Every part must hold at once: heartbeats notice a stalled link, resume replays what was missed,"
                    + " the client resends unacknowledged frames with their cids and shows each id once. Replay the"
                    + " same faults with --seed and watch the relay's events in the transcript.")
    @Order(1)
    void every_client_shows_every_message_once_in_id_order_through_20_s_of_chaos(Harness harness)
            throws Exception {
        ServerProcess server = harness.startServer("--heartbeat-seconds", "1", "--resume-seconds", "60");
        Relay relay = harness.startRelay(server, 0);
        harness.transcript().note("relay", "chaos seed " + relay.seed() + " (grade --seed " + harness.seed()
                + " replays the same faults)");
        String[] nicks = Samples.nicks(harness.random(), CLIENTS + 1);
        ChaosWatcher watcher = ChaosWatcher.start(server, nicks[CLIENTS], relay.events()::elapsed);
        List<ChaosClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) { // one at a time: a JVM's start and first handshake are what a CPU does
            ChaosClient client = ChaosClient.start(harness, relay.port(), nicks[i]);
            client.awaitWelcome(START);
            clients.add(client);
        }
        Map<String, Duration> typed = new LinkedHashMap<>();
        Map<String, String> typist = new LinkedHashMap<>();
        try (ChaosRun chaos = ChaosRun.start(relay, new ChaosPlan(CHAOS, SHORTEST_PAUSE, LONGEST_PAUSE))) {
            typeInBursts(harness, relay, clients, typed, typist);
            chaos.summary().get(CHAOS.plusSeconds(10).toSeconds(), TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Set<String> expected = new LinkedHashSet<>(typed.keySet());
        for (ChaosClient client : clients) {
            harness.progress(client.nick() + " shows " + client.distinctShown() + " of " + expected.size());
            if (client.collect(expected, deadline)) {
                client.drain(QUIET);
            }
        }
        new ChaosVerdict(relay, typed, typist).check(watcher.delivered(), watcher.ended(), clients);
    }

    /** Types every client's messages, {@value ChatConnection#MAX_BURST} each per burst, while the chaos runs. */
    private static void typeInBursts(Harness harness, Relay relay, List<ChaosClient> clients,
                                     Map<String, Duration> typed, Map<String, String> typist) throws Exception {
        long start = System.nanoTime();
        for (int burst = 0; burst * ChatConnection.MAX_BURST < MESSAGES; burst++) {
            long due = start + burst * ChatConnection.BURST_REFILL.toNanos();
            Thread.sleep(Duration.ofNanos(Math.max(0, due - System.nanoTime()))); // pacing, not synchronisation
            for (ChaosClient client : clients) {
                for (int seq = burst * ChatConnection.MAX_BURST; seq < (burst + 1) * ChatConnection.MAX_BURST; seq++) {
                    typed.put(client.line(seq), relay.events().elapsed());
                    typist.put(client.line(seq), client.nick());
                    client.type(seq);
                }
            }
            harness.progress("typed " + typed.size() + " of " + CLIENTS * MESSAGES + " messages");
        }
    }
}
