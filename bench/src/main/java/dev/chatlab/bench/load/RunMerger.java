package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import dev.chatlab.bench.measure.Percentiles;
import dev.chatlab.bench.measure.ProcessTreeMetrics;
import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.measure.RunResult.PercentilePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/** Merges what every loop and every client measured into one {@link RunResult}, once the loops have ended. */
final class RunMerger {

    private RunMerger() {
    }

    static RunResult merge(RunControl control, List<LoadLoop> loops, ServerUnderTest server, RunPhases phases) {
        Histogram latency = new Histogram(loops.get(0).stats.latency.getHighestTrackableValue(), 3);
        Histogram connectTime = new Histogram(loops.get(0).stats.connectTime.getHighestTrackableValue(), 3);
        long[] perSecond = new long[loops.get(0).stats.perSecond.length];
        long deliveries = 0;
        long windowDeliveries = 0;
        long joined = 0;
        long connectFailures = 0;
        long errorFrames = 0;
        String firstError = null;
        for (LoadLoop loop : loops) {
            LoopStats stats = loop.stats;
            latency.add(stats.latency);
            connectTime.add(stats.connectTime);
            for (int i = 0; i < perSecond.length; i++) {
                perSecond[i] += stats.perSecond[i];
            }
            deliveries += stats.deliveries;
            windowDeliveries += stats.windowDeliveries;
            joined += stats.joined;
            connectFailures += stats.connectFailures;
            errorFrames += stats.errorFrames;
            firstError = firstError != null ? firstError : stats.firstError;
        }
        long sent = control.sequence.get();
        ClientTally tally = ClientTally.of(control, loops, control.accepted());
        double windowSeconds = control.scenario.duration().toNanos() / 1e9;
        return new RunResult(server.label(), server.command(), server.round(), control.scenario, joined,
                connectFailures, sent, deliveries, tally.expected(), windowDeliveries, windowDeliveries / windowSeconds,
                Percentiles.ofMicros(latency), Percentiles.ofMicros(connectTime), tally.missing(),
                tally.missingPerClient(), tally.outOfOrder(), tally.duplicates(), tally.dropped(), errorFrames,
                firstError, trimmed(perSecond), distribution(latency),
                difference(phases.serverCpuAtStart, phases.serverCpuAtEnd),
                server.process() == null ? null : ProcessTreeMetrics.peakRssBytes(server.process()),
                difference(phases.generatorCpuAtStart, phases.generatorCpuAtEnd));
    }

    /** Per-client accounting: a client the server dropped is not expected to have received anything more. */
    private record ClientTally(long expected, long missing, Map<String, Long> missingPerClient, long outOfOrder,
                               long duplicates, long dropped) {

        static ClientTally of(RunControl control, List<LoadLoop> loops, long accepted) {
            long expected = 0;
            long missing = 0;
            long outOfOrder = 0;
            long duplicates = 0;
            long dropped = 0;
            Map<String, Long> perClient = new TreeMap<>();
            for (LoadLoop loop : loops) {
                for (LoadClient client : loop.clients()) {
                    outOfOrder += client.outOfOrder;
                    duplicates += client.duplicates;
                    if (!client.joined) {
                        continue;
                    }
                    if (client.closedByServer || control.leftSlow.get(client.index) == 1) {
                        dropped++;
                        continue;
                    }
                    expected += accepted;
                    long clientMissing = accepted - client.received.cardinality();
                    if (clientMissing > 0) {
                        missing += clientMissing;
                        perClient.put(client.nick, clientMissing);
                    }
                }
            }
            return new ClientTally(expected, missing, perClient, outOfOrder, duplicates, dropped);
        }
    }

    private static List<PercentilePoint> distribution(Histogram latency) {
        List<PercentilePoint> points = new ArrayList<>();
        if (latency.getTotalCount() == 0) {
            return points;
        }
        for (HistogramIterationValue value : latency.percentiles(5)) {
            points.add(new PercentilePoint(value.getPercentileLevelIteratedTo(), value.getValueIteratedTo() / 1000.0));
            if (points.size() >= 500) {
                break;
            }
        }
        return points;
    }

    private static long[] trimmed(long[] perSecond) {
        int length = perSecond.length;
        while (length > 0 && perSecond[length - 1] == 0) {
            length--;
        }
        return java.util.Arrays.copyOf(perSecond, length);
    }

    private static Double difference(Double start, Double end) {
        return start == null || end == null ? null : end - start;
    }
}
