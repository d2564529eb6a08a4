package dev.chatlab.bench.measure;

import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * A distribution summed up, in milliseconds.
 *
 * @param count the number of values recorded
 */
public record Percentiles(long count, double p50, double p90, double p99, double p999, double max) {

    /**
     * The percentiles of {@code microseconds}, a histogram of values in microseconds, or null when it holds no
     * value (a distribution that was not measured is absent, not zero).
     */
    public static Percentiles ofMicros(Histogram microseconds) {
        Objects.requireNonNull(microseconds, "microseconds");
        if (microseconds.getTotalCount() == 0) {
            return null;
        }
        return new Percentiles(microseconds.getTotalCount(),
                millis(microseconds.getValueAtPercentile(50)), millis(microseconds.getValueAtPercentile(90)),
                millis(microseconds.getValueAtPercentile(99)), millis(microseconds.getValueAtPercentile(99.9)),
                millis(microseconds.getMaxValue()));
    }

    static double millis(long micros) {
        return micros / 1000.0;
    }
}
