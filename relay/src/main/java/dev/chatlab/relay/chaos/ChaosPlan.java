package dev.chatlab.relay.chaos;

import dev.chatlab.relay.action.ActionRun;
import dev.chatlab.relay.action.LinkSelector;
import dev.chatlab.relay.action.RelayAction;
import dev.chatlab.relay.action.TimedAction;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Chaos for {@code total}: after a pause drawn uniformly from [{@code minInterval}, {@code maxInterval}], one
 * random link is cut, reset, or stalled (both directions, for a duration drawn from the same range); then the
 * next pause, until {@code total} has passed. At most {@link ActionRun#MAX_ACTIONS} steps.
 */
public record ChaosPlan(Duration total, Duration minInterval, Duration maxInterval) {

    /** The shortest interval: 10 ms. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofMillis(10);

    public ChaosPlan {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        if (total.isNegative() || total.isZero() || total.compareTo(TimedAction.LATEST) > 0) {
            throw new IllegalArgumentException("Chaos duration out of range (more than 0, at most 24 h): "
                    + total.toMillis() + "ms");
        }
        if (minInterval.compareTo(SHORTEST_INTERVAL) < 0 || maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("Chaos interval must be at least 10ms, and its maximum at least its "
                    + "minimum: " + minInterval.toMillis() + "ms.." + maxInterval.toMillis() + "ms");
        }
        if (total.dividedBy(minInterval) > ActionRun.MAX_ACTIONS) {
            throw new IllegalArgumentException("Chaos would take more than " + ActionRun.MAX_ACTIONS
                    + " steps: lengthen the interval or shorten the duration");
        }
    }

    /** Draws the whole schedule from {@code random}: the same stream gives the same schedule. */
    public List<TimedAction> schedule(Random random) {
        List<TimedAction> steps = new ArrayList<>();
        long at = 0;
        while (true) {
            at += between(random, minInterval, maxInterval);
            if (at > total.toNanos()) {
                return List.copyOf(steps);
            }
            LinkSelector link = new LinkSelector.Pick(random.nextInt(Integer.MAX_VALUE));
            RelayAction action = switch (random.nextInt(3)) {
                case 0 -> new RelayAction.Cut(link, CutMode.CLOSE);
                case 1 -> new RelayAction.Cut(link, CutMode.RESET);
                default -> new RelayAction.Stall(link, Direction.BOTH,
                        Duration.ofNanos(between(random, minInterval, maxInterval)));
            };
            steps.add(new TimedAction(Duration.ofNanos(at), action));
        }
    }

    /** {@code 20000ms of chaos every 100ms..1000ms}. */
    public String describe() {
        return total.toMillis() + "ms of chaos every " + minInterval.toMillis() + "ms.." + maxInterval.toMillis() + "ms";
    }

    private static long between(Random random, Duration min, Duration max) {
        long low = min.toNanos();
        return low + random.nextLong(max.toNanos() - low + 1);
    }
}
