package dev.chatlab.bench.measure;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What one selector thread measured. Only that thread writes it while the run goes on; the counters the
 * progress line shows are republished now and then through {@link #publish()}, so recording costs no memory
 * fence. Read the rest only after the thread has ended.
 */
public final class LoopStats {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    /** End-to-end latency of the deliveries received in the measured window, in microseconds. */
    public final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
    /** From connect() to the welcome, per client, in microseconds. */
    public final Histogram connectTime = new Histogram(HIGHEST_MICROS, 3);
    /** Deliveries received in each second since sending started (index = second). */
    public final long[] perSecond;

    public long deliveries;
    public long windowDeliveries;
    public long sent;
    public long joined;
    public long connectFailures;
    public long errorFrames;
    public long unreadableFrames;
    public String firstError;

    private volatile long publishedDeliveries;
    private volatile long publishedWindowDeliveries;
    private volatile long publishedJoined;
    private volatile long publishedConnectFailures;
    private volatile long publishedSent;

    /** Stats whose per-second series holds {@code seconds} buckets; later deliveries are not bucketed. */
    public LoopStats(int seconds) {
        perSecond = new long[seconds];
    }

    /** Records an end-to-end latency, clamped into the histogram's range (0 to 10 minutes). */
    public void recordLatency(long nanos) {
        latency.recordValue(clamp(nanos));
    }

    /** Records a connect-to-welcome time, clamped into the histogram's range. */
    public void recordConnectTime(long nanos) {
        connectTime.recordValue(clamp(nanos));
    }

    private static long clamp(long nanos) {
        return Math.max(0, Math.min(HIGHEST_MICROS, nanos / 1000));
    }

    /** Counts a delivery received {@code second} seconds after sending started. */
    public void bucket(long second) {
        if (second >= 0 && second < perSecond.length) {
            perSecond[(int) second]++;
        }
    }

    /** Makes the counters visible to {@link #snapshot()} on other threads. Called by the owning thread. */
    public void publish() {
        publishedDeliveries = deliveries;
        publishedWindowDeliveries = windowDeliveries;
        publishedJoined = joined;
        publishedConnectFailures = connectFailures;
        publishedSent = sent;
    }

    /** The counters as last published; safe from any thread. */
    public Snapshot snapshot() {
        return new Snapshot(publishedJoined, publishedConnectFailures, publishedSent, publishedDeliveries,
                publishedWindowDeliveries);
    }

    /** Published counters of one thread, or of all of them summed. */
    public record Snapshot(long joined, long connectFailures, long sent, long deliveries, long windowDeliveries) {

        public static final Snapshot ZERO = new Snapshot(0, 0, 0, 0, 0);

        public Snapshot plus(Snapshot other) {
            return new Snapshot(joined + other.joined, connectFailures + other.connectFailures,
                    sent + other.sent, deliveries + other.deliveries, windowDeliveries + other.windowDeliveries);
        }
    }
}
