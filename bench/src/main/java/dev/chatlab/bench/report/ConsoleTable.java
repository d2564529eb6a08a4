package dev.chatlab.bench.report;

import dev.chatlab.bench.compare.ServerSummary;
import dev.chatlab.bench.measure.Percentiles;
import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.network.NetworkPreset;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The end-of-run tables: one row per run, then (for a comparison) medians per server and ratios. */
public final class ConsoleTable {

    private static final String NA = "n/a";

    private ConsoleTable() {
    }

    /**
     * Prints one row per run in {@code runs} on {@code out}, after a line naming the network when the runs
     * went through one ({@code --net}).
     */
    public static void runs(List<RunResult> runs, PrintStream out) {
        runs.stream().map(run -> run.scenario().network()).filter(NetworkPreset::relayed).findFirst()
                .ifPresent(network -> out.println("network " + network.describe()
                        + " (latency includes the relay's delay)"));
        out.printf("%-10s %5s %10s %12s %8s %8s %8s %8s %8s %8s %5s %7s %9s %7s %8s%n", "server", "round", "offered",
                "deliveries/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "missing", "ooo", "dropped",
                "conn p99", "cpu s", "rss MB");
        for (RunResult run : runs) {
            Percentiles latency = run.latency();
            out.printf("%-10s %5d %10s %12s %8s %8s %8s %8s %8s %8d %5d %7d %9s %7s %8s%n", run.server(), run.round(),
                    run.scenario().rate() == 0 ? "max" : Integer.toString(run.scenario().rate()),
                    String.format(Locale.ROOT, "%,.0f", run.deliveriesPerSecond()),
                    millis(latency, Percentiles::p50), millis(latency, Percentiles::p90),
                    millis(latency, Percentiles::p99), millis(latency, Percentiles::p999),
                    millis(latency, Percentiles::max), run.missing(), run.outOfOrder(), run.clientsDropped(),
                    millis(run.connectTime(), Percentiles::p99), number(run.serverCpuSeconds(), "%.2f"),
                    run.serverPeakRssBytes() == null ? NA
                            : String.format(Locale.ROOT, "%.0f", run.serverPeakRssBytes() / 1048576.0));
            if (run.firstError() != null) {
                out.println("           first problem: " + run.firstError());
            }
        }
    }

    /** Prints the medians of each server and their ratios to the first server's. */
    public static void summaries(List<ServerSummary> summaries, PrintStream out) {
        out.println();
        out.printf("%-10s %6s %12s %8s %8s %7s %8s %10s %9s %9s%n", "median of", "rounds", "deliveries/s", "p50 ms",
                "p99 ms", "cpu s", "rss MB", "x deliv.", "x p99", "x cpu");
        for (ServerSummary s : summaries) {
            out.printf("%-10s %6d %12s %8s %8s %7s %8s %10s %9s %9s%n", s.server(), s.rounds(),
                    number(s.deliveriesPerSecond(), "%,.0f"), number(s.p50Millis(), "%.2f"),
                    number(s.p99Millis(), "%.2f"), number(s.serverCpuSeconds(), "%.2f"),
                    s.peakRssBytes() == null ? NA : number(s.peakRssBytes() / 1048576.0, "%.0f"),
                    number(s.deliveriesRatio(), "%.2f"), number(s.p99Ratio(), "%.2f"), number(s.cpuRatio(), "%.2f"));
        }
    }

    private static String millis(Percentiles percentiles, Function<Percentiles, Double> which) {
        return percentiles == null ? NA : String.format(Locale.ROOT, "%.2f", which.apply(percentiles));
    }

    private static String number(Double value, String format) {
        return value == null ? NA : String.format(Locale.ROOT, format, value);
    }
}
