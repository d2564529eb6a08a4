package dev.chatlab.bench.compare;

import dev.chatlab.bench.measure.Percentiles;
import dev.chatlab.bench.measure.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One server's medians over its rounds, and their ratios to the first server's (null where either side was
 * not measured).
 */
public record ServerSummary(String server, int rounds, Double deliveriesPerSecond, Double p50Millis,
                            Double p99Millis, Double serverCpuSeconds, Double peakRssBytes,
                            Double deliveriesRatio, Double p99Ratio, Double cpuRatio) {

    /** Summaries in the order the servers first ran. */
    public static List<ServerSummary> of(List<RunResult> runs) {
        Map<String, List<RunResult>> byServer = new LinkedHashMap<>();
        for (RunResult run : runs) {
            byServer.computeIfAbsent(run.server(), key -> new ArrayList<>()).add(run);
        }
        List<ServerSummary> summaries = new ArrayList<>();
        ServerSummary first = null;
        for (Map.Entry<String, List<RunResult>> entry : byServer.entrySet()) {
            List<RunResult> own = entry.getValue();
            Double deliveries = median(own, RunResult::deliveriesPerSecond);
            Double p50 = median(own, run -> latency(run, Percentiles::p50));
            Double p99 = median(own, run -> latency(run, Percentiles::p99));
            Double cpu = median(own, RunResult::serverCpuSeconds);
            Double rss = median(own, run -> run.serverPeakRssBytes() == null ? null
                    : run.serverPeakRssBytes().doubleValue());
            ServerSummary summary = first == null
                    ? new ServerSummary(entry.getKey(), own.size(), deliveries, p50, p99, cpu, rss, 1.0, 1.0,
                    cpu == null ? null : 1.0)
                    : new ServerSummary(entry.getKey(), own.size(), deliveries, p50, p99, cpu, rss,
                    ratio(deliveries, first.deliveriesPerSecond), ratio(p99, first.p99Millis),
                    ratio(cpu, first.serverCpuSeconds));
            first = first == null ? summary : first;
            summaries.add(summary);
        }
        return summaries;
    }

    private static Double latency(RunResult run, Function<Percentiles, Double> percentile) {
        return run.latency() == null ? null : percentile.apply(run.latency());
    }

    /** The median of the values measured (the mean of the middle two for an even count), or null if none. */
    static Double median(List<RunResult> runs, Function<RunResult, Double> metric) {
        List<Double> values = runs.stream().map(metric).filter(Objects::nonNull).sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }

    private static Double ratio(Double value, Double base) {
        return value == null || base == null || base == 0 ? null : value / base;
    }
}
