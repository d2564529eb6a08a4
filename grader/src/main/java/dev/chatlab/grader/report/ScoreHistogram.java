package dev.chatlab.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * How a lab's scores spread over a class: eleven bins (0-9, 10-19 ... 90-99, and 100 alone, the reference's
 * score), as a Markdown table with bars and as a PNG chart (XChart, drawn headless).
 */
final class ScoreHistogram {

    private static final int BINS = 11;

    private final List<Integer> scores;

    /** The histogram of {@code scores}, each out of 100. */
    ScoreHistogram(List<Integer> scores) {
        this.scores = List.copyOf(scores);
    }

    /** The bins' labels: "0-9" ... "90-99", "100". */
    static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int bin = 0; bin < BINS - 1; bin++) {
            labels.add(bin * 10 + "-" + (bin * 10 + 9));
        }
        labels.add("100");
        return labels;
    }

    /** How many scores fall in each bin. */
    List<Integer> counts() {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(BINS, 0));
        for (int score : scores) {
            int bin = Math.clamp(score / 10, 0, BINS - 1);
            counts.set(bin, counts.get(bin) + 1);
        }
        return counts;
    }

    /** A Markdown table, one row per bin, with a bar of {@code #} per submission. */
    String markdown() {
        StringBuilder md = new StringBuilder("| points | submissions |\n|---|---|\n");
        List<String> labels = labels();
        List<Integer> counts = counts();
        for (int bin = 0; bin < BINS; bin++) {
            md.append("| ").append(labels.get(bin)).append(" | ").append("#".repeat(counts.get(bin)))
                    .append(counts.get(bin) == 0 ? "0" : " " + counts.get(bin)).append(" |\n");
        }
        return md.toString();
    }

    /** Draws the histogram into {@code png}, titled {@code title}. */
    void writePng(String title, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true"); // a grading server has no display
        CategoryChart chart = new CategoryChartBuilder().width(640).height(360).title(title)
                .xAxisTitle("points").yAxisTitle("submissions").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.addSeries("submissions", labels(), counts());
        String file = png.toString();
        BitmapEncoder.saveBitmap(chart, file.substring(0, file.length() - ".png".length()), BitmapEncoder.BitmapFormat.PNG);
    }
}
