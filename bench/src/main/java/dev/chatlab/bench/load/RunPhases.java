package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import dev.chatlab.bench.measure.ProcessTreeMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The orchestrating thread's side of a run: it moves the phases on at their deadlines, watches the
 * counters the loops publish, reports progress once a second and samples CPU time at the edges of the
 * measured window. Every wait here is bounded by a deadline it computes first.
 */
final class RunPhases {

    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final RunControl control;
    private final List<LoadLoop> loops;
    private final ServerUnderTest server;
    private final LoadRun.ProgressListener listener;
    private long lastReport;
    private long deliveriesAtLastReport;

    Double serverCpuAtStart;
    Double serverCpuAtEnd;
    Double generatorCpuAtStart;
    Double generatorCpuAtEnd;

    RunPhases(RunControl control, List<LoadLoop> loops, ServerUnderTest server, LoadRun.ProgressListener listener) {
        this.control = control;
        this.loops = loops;
        this.server = server;
        this.listener = listener;
    }

    /** Waits until every client joined or failed; throws unless all joined before {@code timeout}. */
    void connect(Duration timeout) {
        long start = control.now();
        long deadline = start + timeout.toNanos();
        int clients = control.scenario.clients();
        LoopStats.Snapshot counters = counters();
        while (counters.joined() + counters.connectFailures() < clients && control.now() < deadline) {
            tick("connect", start, timeout.toSeconds());
            counters = counters();
        }
        if (counters.joined() < clients) {
            String firstProblem = loops.stream().map(loop -> loop.stats.firstError)
                    .filter(java.util.Objects::nonNull).findFirst().orElse("none reported");
            throw new RunFailedException("only " + counters.joined() + " of " + clients + " clients got a welcome"
                    + " within " + timeout.toSeconds() + " s (" + counters.connectFailures()
                    + " could not connect; first problem: " + firstProblem + ")");
        }
    }

    /** Lets the senders speak through the warm-up and the measured window. */
    void send() {
        long now = control.now();
        control.sendStart = now;
        control.measureStart = now + control.scenario.warmup().toNanos();
        control.sendEnd = control.measureStart + control.scenario.duration().toNanos();
        control.phase(RunControl.Phase.SEND);
        while (control.now() < control.measureStart) {
            tick("warm-up", control.sendStart, control.scenario.warmup().toSeconds());
        }
        serverCpuAtStart = serverCpu();
        generatorCpuAtStart = ProcessTreeMetrics.cpuSeconds(ProcessHandle.current());
        while (control.now() < control.sendEnd) {
            tick("measure", control.measureStart, control.scenario.duration().toSeconds());
        }
        serverCpuAtEnd = serverCpu();
        generatorCpuAtEnd = ProcessTreeMetrics.cpuSeconds(ProcessHandle.current());
    }

    /**
     * Waits for messages still in flight: until every joined client has every message, no delivery arrived
     * for a second, or {@code limit} passed.
     */
    void drain(Duration limit) {
        control.phase(RunControl.Phase.DRAIN);
        long start = control.now();
        long deadline = start + limit.toNanos();
        long lastDeliveries = -1;
        long lastChange = start;
        while (control.now() < deadline) {
            LoopStats.Snapshot counters = counters();
            long expected = control.accepted() * counters.joined();
            if (counters.deliveries() >= expected) {
                return;
            }
            if (counters.deliveries() != lastDeliveries) {
                lastDeliveries = counters.deliveries();
                lastChange = control.now();
            } else if (control.now() - lastChange >= LoadRun.quietNanos()) {
                return;
            }
            tick("drain", start, limit.toSeconds());
        }
    }

    private Double serverCpu() {
        return server.process() == null ? null : ProcessTreeMetrics.cpuSeconds(server.process());
    }

    private LoopStats.Snapshot counters() {
        LoopStats.Snapshot sum = LoopStats.Snapshot.ZERO;
        for (LoadLoop loop : loops) {
            sum = sum.plus(loop.stats.snapshot());
        }
        return sum;
    }

    /** Sleeps one short tick and reports progress when a second has passed since the last report. */
    private void tick(String phase, long phaseStart, long phaseSeconds) {
        LockSupport.parkNanos(TICK);
        long now = control.now();
        if (now - lastReport < SECOND) {
            return;
        }
        LoopStats.Snapshot counters = counters();
        long perSecond = lastReport == 0 ? 0
                : (counters.deliveries() - deliveriesAtLastReport) * SECOND / (now - lastReport);
        lastReport = now;
        deliveriesAtLastReport = counters.deliveries();
        listener.progress(new RunProgress(server.label(), server.round(), phase, (now - phaseStart) / SECOND,
                phaseSeconds, counters.joined(), control.scenario.clients(), counters.sent(), perSecond));
    }
}
