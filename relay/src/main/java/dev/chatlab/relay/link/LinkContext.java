package dev.chatlab.relay.link;

import dev.chatlab.relay.event.EventLog;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FaultRandom;
import dev.chatlab.relay.fault.Shaping;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every link of one relay shares: its event log, the current shaping of each direction (read again for
 * every chunk, so a change applies at once), the seed, the capture and buffer bounds, and what to do when a
 * link has closed.
 *
 * @param captureLimit the bytes captured per direction of a link (0: no capture)
 * @param bufferLimit the bytes held per direction of a link while they wait (stall, latency, bandwidth)
 */
public record LinkContext(EventLog events, Function<Direction, Shaping> shaping, FaultRandom random,
                          int captureLimit, long bufferLimit, Consumer<RelayLink> onClosed) {

    public LinkContext {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(shaping, "shaping");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(onClosed, "onClosed");
        if (captureLimit < 0) {
            throw new IllegalArgumentException("Capture limit must not be negative: " + captureLimit);
        }
        if (bufferLimit < 1) {
            throw new IllegalArgumentException("Buffer limit must be at least 1 byte: " + bufferLimit);
        }
    }
}
