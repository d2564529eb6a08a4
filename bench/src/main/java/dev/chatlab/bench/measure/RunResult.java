package dev.chatlab.bench.measure;

import dev.chatlab.bench.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one run measured. A metric that could not be measured (no deliveries in the window, a server
 * the tool did not start) is null, never 0.
 *
 * @param server            the server's label ({@code lab02}, {@code python}, {@code server1}, ...)
 * @param command           the command that started it, or null for a server the tool attached to
 * @param round             the round of a comparison (1, 2, ...), 1 for a single run
 * @param clientsJoined     clients that got a welcome
 * @param sent              messages the senders wrote, warm-up included
 * @param deliveries        distinct messages received, all clients and the whole run summed
 * @param expectedDeliveries what {@code deliveries} would be if no live client missed anything
 * @param windowDeliveries  message frames received during the measured window
 * @param deliveriesPerSecond {@code windowDeliveries} over the window's length
 * @param latency           end-to-end latency of the window's deliveries, or null when there were none
 * @param connectTime       connect() to welcome, or null when no client joined
 * @param missing           messages a client still connected at the end never received, summed over clients
 * @param missingPerClient  the clients that missed messages, by nick
 * @param outOfOrder        deliveries whose id was not above every id that client had seen
 * @param clientsDropped    clients whose connection the server closed or that others saw leave as slow
 * @param throughputPerSecond deliveries received in each second since sending started
 * @param latencyDistribution percentile (0-100) against latency in ms, for the distribution plot
 * @param serverCpuSeconds  utime+stime of the server's process tree during the window, or null
 * @param serverPeakRssBytes VmHWM summed over the server's process tree, or null
 * @param generatorCpuSeconds this generator's CPU time during the window, or null
 */
public record RunResult(String server, String command, int round, Scenario scenario,
                        long clientsJoined, long connectFailures, long sent, long deliveries,
                        long expectedDeliveries, long windowDeliveries, double deliveriesPerSecond,
                        Percentiles latency, Percentiles connectTime, long missing,
                        Map<String, Long> missingPerClient, long outOfOrder, long duplicates,
                        long clientsDropped, long errorFrames, String firstError, long[] throughputPerSecond,
                        List<PercentilePoint> latencyDistribution, Double serverCpuSeconds,
                        Long serverPeakRssBytes, Double generatorCpuSeconds) {

    public RunResult {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(scenario, "scenario");
        missingPerClient = Map.copyOf(missingPerClient);
        latencyDistribution = List.copyOf(latencyDistribution);
        throughputPerSecond = throughputPerSecond.clone();
    }

    /** One point of a latency distribution: {@code percentile} (0-100) of the values are at most {@code millis}. */
    public record PercentilePoint(double percentile, double millis) {
    }
}
