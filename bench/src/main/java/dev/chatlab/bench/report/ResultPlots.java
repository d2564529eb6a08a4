package dev.chatlab.bench.report;

import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.measure.RunResult.PercentilePoint;
import dev.chatlab.bench.network.NetworkPreset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The PNG plots, one series per run: latency against percentile (the x axis counts nines: 1 = p90,
 * 2 = p99, 3 = p99.9, so the tail gets the room it deserves), deliveries per second over time, and for a
 * sweep, latency against offered load. Drawn headless.
 */
public final class ResultPlots {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    private ResultPlots() {
    }

    /** Writes the latency distribution of every run to {@code file}. */
    public static void latency(List<RunResult> runs, Path file) throws IOException {
        XYChart chart = chart(titled("End-to-end latency by percentile", runs),
                "percentile (nines: 1 = p90, 2 = p99, 3 = p99.9)", "latency (ms)");
        for (RunResult run : runs) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (PercentilePoint point : run.latencyDistribution()) {
                if (point.percentile() < 100.0) {
                    x.add(-Math.log10(1 - point.percentile() / 100.0));
                    y.add(point.millis());
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(name(run, runs), x, y).setMarker(SeriesMarkers.NONE);
            }
        }
        save(chart, file);
    }

    /** Writes deliveries per second, in one-second buckets from the start of sending, of every run. */
    public static void throughput(List<RunResult> runs, Path file) throws IOException {
        XYChart chart = chart(titled("Deliveries per second (warm-up included)", runs), "seconds since sending started",
                "deliveries/s");
        for (RunResult run : runs) {
            long[] buckets = run.throughputPerSecond();
            if (buckets.length == 0) {
                continue;
            }
            double[] x = new double[buckets.length];
            double[] y = new double[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                x[i] = i;
                y[i] = buckets[i];
            }
            chart.addSeries(name(run, runs), x, y).setMarker(SeriesMarkers.NONE);
        }
        save(chart, file);
    }

    /** Writes p50 and p99 latency against the offered rate of each sweep run. */
    public static void sweep(List<RunResult> runs, Path file) throws IOException {
        XYChart chart = chart(titled("Latency against offered load", runs), "offered load (msgs/s)", "latency (ms)");
        List<Double> rates = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (RunResult run : runs) {
            if (run.latency() != null) {
                rates.add((double) run.scenario().rate());
                p50.add(run.latency().p50());
                p99.add(run.latency().p99());
            }
        }
        if (!rates.isEmpty()) {
            chart.addSeries("p50", rates, p50);
            chart.addSeries("p99", rates, p99);
        }
        save(chart, file);
    }

    /** {@code title}, then the network the runs went through, if any: {@code ... (network: mobile)}. */
    private static String titled(String title, List<RunResult> runs) {
        return runs.stream().map(run -> run.scenario().network()).filter(NetworkPreset::relayed).findFirst()
                .map(network -> title + " (network: " + network.label() + ")").orElse(title);
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(true);
        return chart;
    }

    private static String name(RunResult run, List<RunResult> runs) {
        boolean rounds = runs.stream().anyMatch(other -> other.round() > 1);
        boolean rates = runs.stream().map(other -> other.scenario().rate()).distinct().count() > 1;
        return run.server() + (rounds ? " r" + run.round() : "") + (rates ? " @" + run.scenario().rateLabel() : "");
    }

    private static void save(XYChart chart, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
        }
    }
}
