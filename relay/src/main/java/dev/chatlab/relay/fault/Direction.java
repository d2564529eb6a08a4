package dev.chatlab.relay.fault;

import java.util.EnumSet;
import java.util.Set;

/** One of the two byte streams of a link. */
public enum Direction {

    /** Client to server. */
    UP("up", "client", "server"),
    /** Server to client. */
    DOWN("down", "server", "client");

    /** Both directions, for faults that apply to a whole link. */
    public static final Set<Direction> BOTH = Set.copyOf(EnumSet.allOf(Direction.class));

    private final String word;
    private final String source;
    private final String destination;

    Direction(String word, String source, String destination) {
        this.word = word;
        this.source = source;
        this.destination = destination;
    }

    /** {@code up} or {@code down}, as scripts and transcripts write it. */
    public String word() {
        return word;
    }

    /** The side whose bytes this direction reads: {@code client} for {@link #UP}. */
    public String source() {
        return source;
    }

    /** The side this direction writes to: {@code server} for {@link #UP}. */
    public String destination() {
        return destination;
    }

    /** {@code up}, {@code down} or {@code both}, for a set of directions in a transcript. */
    public static String describe(Set<Direction> directions) {
        return directions.size() == 1 ? directions.iterator().next().word() : "both";
    }
}
