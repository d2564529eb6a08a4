package dev.chatlab.relay.action;

import dev.chatlab.relay.RelayFaults;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/** One fault to apply to a relay, as a value: what a script line, a chaos step or a console command asks for. */
public sealed interface RelayAction {

    /**
     * Applies the fault now.
     *
     * @return false when the link it names is not open, so nothing was done
     * @throws IllegalStateException if a flip cannot be armed (one is armed already, or its offset has gone by)
     */
    boolean applyTo(RelayFaults faults);

    /** The action as a script writes it: {@code cut link 2 reset}, {@code stall all both 2000ms}. */
    String describe();

    /** Closes the selected links, normally or as a reset. */
    record Cut(LinkSelector links, CutMode mode) implements RelayAction {
        public Cut {
            Objects.requireNonNull(links, "links");
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public boolean applyTo(RelayFaults faults) {
            return switch (links) {
                case LinkSelector.All all -> faults.cutAll(mode) >= 0;
                case LinkSelector.One one -> faults.cut(one.id(), mode);
                case LinkSelector.Pick pick -> pick.resolve(faults).stream().anyMatch(id -> faults.cut(id, mode));
            };
        }

        @Override
        public String describe() {
            return "cut " + links.describe() + (mode == CutMode.RESET ? " reset" : "");
        }
    }

    /** Holds the bytes of the selected links' {@code directions} for {@code duration}, keeping them open. */
    record Stall(LinkSelector links, Set<Direction> directions, Duration duration) implements RelayAction {
        public Stall {
            Objects.requireNonNull(links, "links");
            directions = Set.copyOf(directions);
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public boolean applyTo(RelayFaults faults) {
            return switch (links) {
                case LinkSelector.All all -> faults.stallAll(directions, duration) >= 0;
                case LinkSelector.One one -> faults.stall(one.id(), directions, duration);
                case LinkSelector.Pick pick -> pick.resolve(faults).stream()
                        .anyMatch(id -> faults.stall(id, directions, duration));
            };
        }

        @Override
        public String describe() {
            return "stall " + links.describe() + " " + Direction.describe(directions) + " " + duration.toMillis() + "ms";
        }
    }

    /** Resets every new connection for {@code duration}. */
    record Refuse(Duration duration) implements RelayAction {
        public Refuse {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public boolean applyTo(RelayFaults faults) {
            faults.refuse(duration);
            return true;
        }

        @Override
        public String describe() {
            return "refuse " + duration.toMillis() + "ms";
        }
    }

    /** Sets the latency and jitter of {@code directions}. */
    record Latency(Set<Direction> directions, Duration latency, Duration jitter) implements RelayAction {
        public Latency {
            directions = Set.copyOf(directions);
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(jitter, "jitter");
        }

        @Override
        public boolean applyTo(RelayFaults faults) {
            faults.latency(directions, latency, jitter);
            return true;
        }

        @Override
        public String describe() {
            return "latency " + Direction.describe(directions) + " " + latency.toMillis() + "ms jitter "
                    + jitter.toMillis() + "ms";
        }
    }

    /** Sets the bandwidth of {@code directions} (0: unlimited). */
    record Bandwidth(Set<Direction> directions, long bytesPerSecond) implements RelayAction {
        public Bandwidth {
            directions = Set.copyOf(directions);
        }

        @Override
        public boolean applyTo(RelayFaults faults) {
            faults.bandwidth(directions, bytesPerSecond);
            return true;
        }

        @Override
        public String describe() {
            return "bandwidth " + Direction.describe(directions) + " " + (bytesPerSecond == 0 ? "off" : bytesPerSecond + "B/s");
        }
    }

    /** Arms a bit flip on {@code direction} of link {@code link}, or of the next link when it is empty. */
    record Flip(Direction direction, OptionalInt link, FlipSpec spec) implements RelayAction {
        public Flip {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(spec, "spec");
        }

        @Override
        public boolean applyTo(RelayFaults faults) {
            if (link.isEmpty()) {
                faults.flipNext(direction, spec);
                return true;
            }
            return faults.flip(link.getAsInt(), direction, spec).isPresent();
        }

        @Override
        public String describe() {
            return "flip " + direction.word() + " " + (link.isPresent() ? link.getAsInt() + " " : "") + spec.describe();
        }
    }
}
