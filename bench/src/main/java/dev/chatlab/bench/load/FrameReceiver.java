package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import dev.chatlab.bench.net.ScannedFrame;
import java.util.concurrent.TimeUnit;

/**
 * What a client learns from the frames it receives: for a {@code message}, whether it is new (loss and
 * duplicates, per client, by the stamp's sequence number), in id order, and how long it took (recorded when
 * it arrives inside the measured window); for a {@code left} with reason {@code slow}, which client the
 * server dropped; for an {@code error RATE_LIMITED} (lab03's token bucket), that the sender's say will reach
 * nobody. Runs on the owning loop's thread.
 */
final class FrameReceiver {

    /** How long a sender at rate 0 keeps quiet after a refusal: a tenth of a second, one token of lab03's bucket. */
    static final long REFUSED_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final RunControl control;
    private final LoopStats stats;
    private final MessageStamp stamp;

    FrameReceiver(RunControl control, LoopStats stats, MessageStamp stamp) {
        this.control = control;
        this.stats = stats;
        this.stamp = stamp;
    }

    /**
     * Accounts a {@code message} frame received by {@code client}.
     *
     * @return true if it was one of {@code client}'s own messages, which frees a slot of its window
     */
    boolean message(LoadClient client, ScannedFrame frame) {
        if (frame.textStart() < 0 || !stamp.decode(frame.buffer(), frame.textStart(), frame.textEnd())) {
            stats.unreadableFrames++;
            return false;
        }
        long now = control.now();
        if (client.received.get(stamp.sequence)) {
            client.duplicates++;
        } else {
            client.received.set(stamp.sequence);
            stats.deliveries++;
        }
        if (frame.id() <= client.lastId) {
            client.outOfOrder++;
        } else {
            client.lastId = frame.id();
        }
        if (now >= control.measureStart && now < control.sendEnd) {
            stats.windowDeliveries++;
            stats.recordLatency(now - stamp.sentNanos);
        }
        stats.bucket((now - control.sendStart) / SECOND);
        if (stamp.sender == client.senderIndex) {
            client.inFlight--;
            return true;
        }
        return false;
    }

    /** Notes a {@code left} frame: a client of this run that left as slow counts as dropped. */
    void left(ScannedFrame frame) {
        if (frame.reasonIs("slow")) {
            int index = control.clientOf(frame.nick());
            if (index >= 0) {
                control.leftSlow.set(index, 1);
            }
        }
    }

    /**
     * Accounts a say of {@code client}'s that the server refused with RATE_LIMITED. It frees one slot of the
     * sender's window, and the say is expected by no client.
     */
    void refused(LoadClient client) {
        if (!client.isSender() || client.inFlight == 0) {
            return;
        }
        client.inFlight--;
        control.refused.incrementAndGet();
        if (control.scenario.rate() == 0) {
            client.quietUntil = control.now() + REFUSED_PAUSE_NANOS;
        }
    }

    /** Counts an error frame the server sent, keeping the first problem for the report. */
    void error(String frameText) {
        stats.errorFrames++;
        note(frameText);
    }

    /** Keeps {@code problem} for the report if it is the run's first. */
    void note(String problem) {
        if (stats.firstError == null) {
            stats.firstError = problem;
        }
    }
}
