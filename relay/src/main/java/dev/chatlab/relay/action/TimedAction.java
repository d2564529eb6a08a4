package dev.chatlab.relay.action;

import java.time.Duration;
import java.util.Objects;

/** An action and when to apply it, counted from the start of its run. */
public record TimedAction(Duration at, RelayAction action) {

    /** The latest time an action may have: one day. */
    public static final Duration LATEST = Duration.ofDays(1);

    public TimedAction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        if (at.isNegative() || at.compareTo(LATEST) > 0) {
            throw new IllegalArgumentException("Action time out of range (0 to 24 h): " + at.toMillis() + "ms");
        }
    }

    /** {@code 2500ms cut all}. */
    public String describe() {
        return at.toMillis() + "ms " + action.describe();
    }
}
