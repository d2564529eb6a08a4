package dev.chatlab.bench.load;

/**
 * Decides when a sender's next message is due. With an offered rate, sender {@code k} of {@code S} says
 * message {@code n} at {@code sendStart + (n + k/S) * interval} (interval = S / rate seconds): an open loop,
 * and the scheduled time, not the moment the socket took the bytes, is the message's send time, so that a
 * server that makes the generator wait is charged for the wait. At rate 0 a sender keeps {@code window}
 * messages in flight, stamped when they are written; a say the server refused frees its slot, and the sender
 * then keeps quiet for {@link FrameReceiver#REFUSED_PAUSE_NANOS} instead of offering refusals as fast as
 * they come back.
 */
final class SenderPacer {

    /** At most this many messages per sender per loop turn, so one late sender cannot starve the others. */
    static final int BURST = 64;

    private final RunControl control;
    private final double intervalNanos;

    SenderPacer(RunControl control) {
        this.control = control;
        int rate = control.scenario.rate();
        this.intervalNanos = rate == 0 ? 0 : 1e9 * control.scenario.senders() / rate;
    }

    /**
     * The send time to stamp on {@code client}'s next message if it is due at {@code now}, or -1 if it is not
     * (its window is full, its next slot lies ahead, or sending has ended).
     */
    long nextStamp(LoadClient client, long now) {
        if (now >= control.sendEnd) {
            return -1;
        }
        if (intervalNanos == 0) {
            return client.inFlight < control.scenario.window() && now >= client.quietUntil ? now : -1;
        }
        double offset = (double) client.senderIndex / control.scenario.senders();
        long scheduled = control.sendStart + (long) ((client.sentCount + offset) * intervalNanos);
        return scheduled <= now && scheduled < control.sendEnd ? scheduled : -1;
    }
}
