package dev.chatlab.bench.load;

import java.util.Objects;

/**
 * The server a run measures, as the result names it.
 *
 * @param label   a short name: {@code lab02}, {@code python}, {@code server1}...
 * @param command the command that started it, or null when the tool attached to a running server
 * @param round   the round of a comparison, from 1
 * @param process the server's process (its CPU and memory are measured through its whole tree), or null
 */
public record ServerUnderTest(String label, String command, int round, ProcessHandle process) {

    public ServerUnderTest {
        Objects.requireNonNull(label, "label");
        if (round < 1) {
            throw new IllegalArgumentException("Rounds count from 1: " + round);
        }
    }

    /** A server already running, which the tool only connects to: no process metrics. */
    public static ServerUnderTest attached(String label) {
        return new ServerUnderTest(label, null, 1, null);
    }
}
