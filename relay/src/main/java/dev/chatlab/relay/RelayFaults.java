package dev.chatlab.relay;

import dev.chatlab.relay.event.EventLog;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FaultRandom;
import dev.chatlab.relay.fault.FlipSpec;
import dev.chatlab.relay.fault.Shaping;
import dev.chatlab.relay.link.LinkTable;
import dev.chatlab.relay.link.RelayLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/**
 * The faults of one relay, settable at any time from any thread. Links are named by their number
 * ({@link RelayLink#id()}, 1 for the first link accepted); a method given the number of a link that is not
 * open does nothing and says so by its result. Every fault that takes effect is recorded in the event log.
 */
public final class RelayFaults {

    private record PendingFlip(Direction direction, long offset, FlipSpec spec) {
    }

    private final LinkTable links;
    private final EventLog events;
    private final Random flipRandom;
    private final Map<Direction, Shaping> shaping = new EnumMap<>(Direction.class); // guarded by this
    private final List<PendingFlip> nextLinkFlips = new ArrayList<>();              // guarded by this
    private long refuseUntilNanos = System.nanoTime();                              // guarded by this

    RelayFaults(LinkTable links, EventLog events, FaultRandom random) {
        this.links = links;
        this.events = events;
        this.flipRandom = random.stream("flip");
        shaping.put(Direction.UP, Shaping.NONE);
        shaping.put(Direction.DOWN, Shaping.NONE);
    }

    /** The current shaping of {@code direction}. */
    public synchronized Shaping shaping(Direction direction) {
        return shaping.get(direction);
    }

    /** Delays every chunk of {@code directions} by {@code latency} plus up to {@code jitter}, order kept. */
    public synchronized void latency(Set<Direction> directions, Duration latency, Duration jitter) {
        directions.forEach(d -> shaping.put(d, shaping.get(d).withDelay(latency, jitter)));
        events.fault("latency " + Direction.describe(directions) + " " + latency.toMillis() + "ms jitter "
                + jitter.toMillis() + "ms");
    }

    /** Limits each link's {@code directions} to {@code bytesPerSecond} (0: unlimited). */
    public synchronized void bandwidth(Set<Direction> directions, long bytesPerSecond) {
        directions.forEach(d -> shaping.put(d, shaping.get(d).withBandwidth(bytesPerSecond)));
        events.fault("bandwidth " + Direction.describe(directions) + " "
                + (bytesPerSecond == 0 ? "unlimited" : bytesPerSecond + " B/s"));
    }

    /** Cuts every open link; returns how many. */
    public int cutAll(CutMode mode) {
        List<RelayLink> open = links.open();
        events.fault("cut all (" + open.size() + " links)" + mode.suffix());
        open.forEach(link -> link.cut(mode));
        return open.size();
    }

    /** Cuts link {@code id}; false if it is not open. */
    public boolean cut(int id, CutMode mode) {
        return links.findOpen(id).map(link -> {
            events.fault("cut link " + id + mode.suffix());
            link.cut(mode);
            return true;
        }).orElse(false);
    }

    /** Accepts and at once resets every new connection for {@code duration}: a server that is down. */
    public synchronized void refuse(Duration duration) {
        refuseUntilNanos = System.nanoTime() + duration.toNanos();
        events.fault("refuse new connections for " + duration.toMillis() + "ms");
    }

    /** True while new connections are refused. */
    public synchronized boolean refusing() {
        return refuseUntilNanos - System.nanoTime() > 0;
    }

    /** Stalls {@code directions} of every open link for {@code duration}; returns how many links. */
    public int stallAll(Set<Direction> directions, Duration duration) {
        List<RelayLink> open = links.open();
        events.fault("stall all (" + open.size() + " links) " + Direction.describe(directions) + " for "
                + duration.toMillis() + "ms");
        open.forEach(link -> link.stall(directions, duration));
        return open.size();
    }

    /** Stalls {@code directions} of link {@code id} for {@code duration}; false if it is not open. */
    public boolean stall(int id, Set<Direction> directions, Duration duration) {
        return links.findOpen(id).map(link -> {
            events.fault("stall link " + id + " " + Direction.describe(directions) + " for " + duration.toMillis() + "ms");
            link.stall(directions, duration);
            return true;
        }).orElse(false);
    }

    /**
     * Arms {@code spec} on {@code direction} of the next link to open; returns the offset it will flip.
     *
     * @throws IllegalStateException if a flip is armed on that direction of the next link already
     */
    public synchronized long flipNext(Direction direction, FlipSpec spec) {
        if (nextLinkFlips.stream().anyMatch(flip -> flip.direction() == direction)) {
            throw new IllegalStateException("a flip is armed " + direction.word() + " on the next link already");
        }
        long offset = spec.chooseOffset(flipRandom);
        nextLinkFlips.add(new PendingFlip(direction, offset, FlipSpec.at(offset).withMask(spec.mask())));
        events.fault("flip armed: next link " + direction.word() + " " + spec.describe() + " -> offset " + offset);
        return offset;
    }

    /**
     * Arms {@code spec} on {@code direction} of open link {@code id}; returns the offset it will flip, or empty
     * if the link is not open.
     *
     * @throws IllegalStateException if that direction has a flip armed, or has gone past the offset
     */
    public synchronized OptionalLong flip(int id, Direction direction, FlipSpec spec) {
        var link = links.findOpen(id);
        if (link.isEmpty()) {
            return OptionalLong.empty();
        }
        long offset = link.get().armFlip(direction, spec, flipRandom);
        events.fault("flip armed: link " + id + " " + direction.word() + " " + spec.describe() + " -> offset " + offset);
        return OptionalLong.of(offset);
    }

    /** The number of the open link that {@code draw} picks ({@code draw} modulo the open links, oldest first). */
    public OptionalInt pick(int draw) {
        List<RelayLink> open = links.open();
        return open.isEmpty() ? OptionalInt.empty() : OptionalInt.of(open.get(Math.floorMod(draw, open.size())).id());
    }

    /** Gives a link about to start the flips armed for "the next link". */
    synchronized void armNextLinkFlips(RelayLink link) {
        for (PendingFlip flip : nextLinkFlips) {
            link.armFlip(flip.direction(), flip.spec(), flipRandom);
            events.fault("flip armed: link " + link.id() + " " + flip.direction().word() + " at offset " + flip.offset());
        }
        nextLinkFlips.clear();
    }

    /** The faults in force, for a status report. */
    synchronized String describe() {
        return "up: " + shaping.get(Direction.UP).describe() + "; down: " + shaping.get(Direction.DOWN).describe()
                + (refusing() ? "; refusing new connections" : "")
                + (nextLinkFlips.isEmpty() ? "" : "; " + nextLinkFlips.size() + " flip(s) armed for the next link");
    }
}
