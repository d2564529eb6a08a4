package dev.chatlab.grader.lab04;

import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One client under test of the chaos check, connected through the relay: the lines typed on its stdin (one text
 * per sequence number, unique in the check) and the message lines it printed, in order. One thread uses it.
 */
final class ChaosClient {

    /** The most notable lines kept. */
    private static final int NOTABLE_KEPT = 5;
    /** A wait that ends this much before its deadline ended for another reason than time. */
    private static final Duration EARLY = Duration.ofMillis(50);

    private final String nick;
    private final ClientProcess process;
    private final List<String> shown = new ArrayList<>();
    private final Set<String> distinct = new HashSet<>();
    /** Lines that are neither a message nor the contract's connection lines: what the client said went wrong. */
    private final List<String> notable = new ArrayList<>();
    private String ended;

    private ChaosClient(String nick, ClientProcess process) {
        this.nick = nick;
        this.process = process;
    }

    /** Starts the client as {@code nick} against {@code port} (the relay's), named "client NICK" in the transcript. */
    static ChaosClient start(Harness harness, int port, String nick) {
        return new ChaosClient(nick, harness.startClient("client " + nick, port, "--nick", nick));
    }

    String nick() {
        return nick;
    }

    /** Expects the welcome line, whatever the number of users so far. */
    void awaitWelcome(Duration timeout) {
        String line = process.nextLine(timeout, "its welcome line `* connected as " + nick + " (...)`");
        Expect.that(line.startsWith("* connected as " + nick + " ("), "the welcome line `* connected as " + nick
                + " (...)`", "`" + line + "`");
    }

    /** The text of this client's message {@code seq}. */
    String text(int seq) {
        return "chaos " + seq + " from " + nick;
    }

    /** The line every client prints for this client's message {@code seq}. */
    String line(int seq) {
        return "<" + nick + "> " + text(seq);
    }

    /** Types this client's message {@code seq}. */
    void type(int seq) throws IOException {
        process.type(text(seq));
    }

    /**
     * Reads stdout until every line of {@code expected} has been printed or {@code deadline} (a
     * {@link System#nanoTime}) has passed; keeps every message line printed, in order.
     *
     * @return whether every expected line was printed
     */
    boolean collect(Set<String> expected, long deadline) {
        while (!distinct.containsAll(expected)) {
            if (ended != null || !readLine(deadline)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps reading until the client has printed nothing for {@code quiet}: lines printed late (a duplicate). */
    void drain(Duration quiet) {
        while (ended == null && readLine(System.nanoTime() + quiet.toNanos())) {
            // each line read is kept
        }
    }

    /** Reads one line, waiting until {@code deadline} at most; false if none came. */
    private boolean readLine(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            String line = process.nextLine(Duration.ofNanos(left), "more messages");
            if (line.startsWith("<")) {
                shown.add(line);
                distinct.add(line);
            } else if (!ReconnectLines.isConnectionLine(line) && notable.size() < NOTABLE_KEPT) {
                notable.add(line);
            }
            return true;
        } catch (AssertionError stopped) {
            if (deadline - System.nanoTime() > EARLY.toNanos()) {
                ended = stopped.getMessage(); // its stdout ended well before the deadline: it exited
            }
            return false;
        }
    }

    /** The message lines printed so far, in order. */
    List<String> shown() {
        return List.copyOf(shown);
    }

    /** The first lines it printed that are neither a message nor a connection line, if any (at most 5). */
    List<String> notable() {
        return List.copyOf(notable);
    }

    /** How many distinct message lines it printed. */
    int distinctShown() {
        return distinct.size();
    }

    /** Why reading its stdout stopped before the deadline (it exited, say), if it did. */
    String ended() {
        return ended;
    }
}
