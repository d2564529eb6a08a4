package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.net.TransportFactory;
import dev.chatlab.bench.scenario.Scenario;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs one scenario against one server address and returns what it measured. Every phase is bounded: the
 * connect phase by {@link Limits#connectTimeout}, sending by warm-up + duration, the drain by
 * {@link Limits#drainLimit} (or one second without a new delivery), and the selector threads' stop by
 * {@value #STOP_WAIT_SECONDS} s. Blocks the calling thread for the whole run.
 */
public final class LoadRun {

    private static final int STOP_WAIT_SECONDS = 5;
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * How the generator itself is sized.
     *
     * @param ioThreads      selector threads (each owns a share of the clients)
     * @param maxConnecting  connects (to welcome) in flight at once, over all threads
     * @param connectTimeout how long the whole connect phase may take, or null for 10 s + 30 ms per client (every join is announced to every client already there, so the phase grows with the square of the clients)
     * @param drainLimit     how long to wait after sending for messages still in flight
     */
    public record Limits(int ioThreads, int maxConnecting, Duration connectTimeout, Duration drainLimit) {

        public Limits {
            if (ioThreads < 1 || maxConnecting < 1) {
                throw new IllegalArgumentException("ioThreads and maxConnecting must be at least 1: "
                        + ioThreads + ", " + maxConnecting);
            }
            Objects.requireNonNull(drainLimit, "drainLimit");
        }

        Duration connectTimeoutFor(int clients) {
            return connectTimeout != null ? connectTimeout : Duration.ofSeconds(10).plusMillis(30L * clients);
        }
    }

    /** Where one run sends its progress, about once a second. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(RunProgress progress);
    }

    private LoadRun() {
    }

    /**
     * Like {@link #run(Scenario, InetSocketAddress, TransportFactory, ServerUnderTest, Limits, ProgressListener)},
     * over plain TCP.
     */
    public static RunResult run(Scenario scenario, InetSocketAddress address, ServerUnderTest server,
                                Limits limits, ProgressListener listener) throws IOException {
        return run(scenario, address, TransportFactory.PLAIN, server, limits, listener);
    }

    /**
     * Connects {@code scenario}'s clients to {@code address}, runs it and returns the result.
     *
     * @param transports how the connections carry chat/1 ({@link TransportFactory#PLAIN}, or TLS); a TLS
     *                   handshake counts into each client's connect time
     *
     * @param server where the result says what was measured ({@link ServerUnderTest#attached} for a server
     *               the tool did not start)
     * @throws RunFailedException if not every client joined within the connect timeout, or a selector thread
     *                            failed or would not stop
     * @throws IOException        if a selector cannot be opened
     */
    public static RunResult run(Scenario scenario, InetSocketAddress address, TransportFactory transports,
                                ServerUnderTest server, Limits limits, ProgressListener listener) throws IOException {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(transports, "transports");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(listener, "listener");
        RunControl control = new RunControl(scenario, address, transports, nickPrefix());
        int seconds = (int) (scenario.warmup().plus(scenario.duration()).plus(limits.drainLimit()).toSeconds() + 2);
        List<LoadLoop> loops = loops(control, limits, seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < loops.size(); i++) {
            threads.add(Thread.ofPlatform().name("bench-io-" + i).daemon().start(loops.get(i)));
        }
        RunPhases phases = new RunPhases(control, loops, server, listener);
        try {
            phases.connect(limits.connectTimeoutFor(scenario.clients()));
            phases.send();
            phases.drain(limits.drainLimit());
        } finally {
            control.phase(RunControl.Phase.STOP);
            for (Thread thread : threads) {
                join(thread);
            }
        }
        for (LoadLoop loop : loops) {
            if (loop.failure() != null) {
                throw new RunFailedException("a load thread failed: " + loop.failure(), loop.failure());
            }
        }
        return RunMerger.merge(control, loops, server, phases);
    }

    private static List<LoadLoop> loops(RunControl control, Limits limits, int seconds) throws IOException {
        Scenario scenario = control.scenario;
        int count = Math.min(limits.ioThreads(), scenario.clients());
        List<List<LoadClient>> shares = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shares.add(new ArrayList<>());
        }
        for (int index = 0; index < scenario.clients(); index++) {
            int senderIndex = index < scenario.senders() ? index : -1;
            shares.get(index % count).add(new LoadClient(index, control.nickPrefix + index, senderIndex));
        }
        int share = Math.max(1, limits.maxConnecting() / count);
        List<LoadLoop> loops = new ArrayList<>();
        for (List<LoadClient> clients : shares) {
            loops.add(new LoadLoop(control, clients, share, new LoopStats(seconds)));
        }
        return loops;
    }

    /** Four random letters, so that a run's nicks do not collide with another run's on a shared server. */
    private static String nickPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            prefix.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return prefix.toString();
    }

    private static void join(Thread thread) {
        try {
            if (!thread.join(Duration.ofSeconds(STOP_WAIT_SECONDS))) {
                throw new RunFailedException(thread.getName() + " did not stop within " + STOP_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while stopping " + thread.getName(), e);
        }
    }

    static long quietNanos() {
        return QUIET_NANOS;
    }
}
