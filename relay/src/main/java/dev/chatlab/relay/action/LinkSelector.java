package dev.chatlab.relay.action;

import dev.chatlab.relay.RelayFaults;
import java.util.OptionalInt;

/** Which links an action applies to: all open ones, one by number, or one picked by a random draw. */
public sealed interface LinkSelector {

    /** {@code all}, {@code link 3}, {@code a random link}. */
    String describe();

    /** Every open link. */
    record All() implements LinkSelector {
        @Override
        public String describe() {
            return "all";
        }
    }

    /** The link numbered {@code id} (1 for the first link the relay accepted). */
    record One(int id) implements LinkSelector {
        public One {
            if (id < 1) {
                throw new IllegalArgumentException("Link numbers start at 1: " + id);
            }
        }

        @Override
        public String describe() {
            return "link " + id;
        }
    }

    /** The open link {@code draw} picks when the action runs: {@code draw} modulo the open links, oldest first. */
    record Pick(int draw) implements LinkSelector {
        @Override
        public String describe() {
            return "a random link";
        }

        /** The number of the link picked now, or empty when no link is open. */
        public OptionalInt resolve(RelayFaults faults) {
            return faults.pick(draw);
        }
    }
}
