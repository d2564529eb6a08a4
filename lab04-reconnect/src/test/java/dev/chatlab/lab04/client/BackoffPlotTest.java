package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The handout's plot: when a server is down for 10 s, when do 100 clients try again? Without jitter they all
 * try at the same moments (a thundering herd at every doubling); with full jitter their attempts spread out.
 * Writes {@code target/backoff-100-clients.png}; with {@code -Dchatlab.docs.images=DIR} also
 * {@code DIR/backoff-100-clients.png} (the handout's copy, {@code docs/images}).
 */
class BackoffPlotTest {

    private static final int CLIENTS = 100;
    private static final Duration DOWN = Duration.ofSeconds(10);

    @Test
    void plots_the_reconnect_attempts_of_100_clients_with_and_without_jitter() throws Exception {
        XYChart chart = new XYChartBuilder().width(900).height(500)
                .title("Reconnect attempts of 100 clients while the server is down for 10 s")
                .xAxisTitle("seconds after the connections were lost").yAxisTitle("client").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        addSeries(chart, "no jitter: min(cap, base * 2^n)", false);
        addSeries(chart, "full jitter: random(0, min(cap, base * 2^n))", true);

        Path png = Path.of("target", "backoff-100-clients.png");
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        assertThat(Files.size(png)).isPositive();
        String docs = System.getProperty("chatlab.docs.images");
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            Files.copy(png, Path.of(docs, "backoff-100-clients.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Each client's attempt times until its first attempt after the server is back. */
    private static void addSeries(XYChart chart, String name, boolean jitter) {
        SplittableRandom seeds = new SplittableRandom(2026);
        List<Double> times = new ArrayList<>();
        List<Double> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Backoff backoff = Backoff.contract(seeds.split());
            double at = 0;
            for (int attempt = 0; at < DOWN.toMillis() / 1000.0; attempt++) {
                Duration delay = jitter ? backoff.delay(attempt) : backoff.ceiling(attempt);
                at += delay.toNanos() / 1e9;
                times.add(at);
                clients.add(client + (jitter ? 0.0 : 0.5));
            }
        }
        chart.addSeries(name, times, clients);
    }
}
