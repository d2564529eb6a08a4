package dev.chatlab.grader.lab05;

import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.Transcript;
import dev.chatlab.lab05.display.PrivateDisplay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The grader's end of one GUI driver (see {@link dev.chatlab.grader.guidriver.GuiDriver} for the protocol): it
 * starts the desktop client under test inside the driver's JVM, sends it steps and reads their answers. Every
 * step, answer and event is in the check's transcript (as the client's stdin and stdout). A failed step fails
 * the check with the driver's reason; the events seen so far stay available (the status texts, the windows).
 */
final class GuiSession {

    /** How long the driver may take to start a JVM, a display and Swing on a busy machine. */
    static final Duration START = Duration.ofSeconds(40);
    /** Slack on top of a step's own time limit for the answer to arrive. */
    private static final Duration ANSWER_SLACK = Duration.ofSeconds(10);

    private final ClientProcess driver;
    private final List<String> events = new ArrayList<>();

    private GuiSession(ClientProcess driver) {
        this.driver = driver;
    }

    /**
     * Starts the client under test with {@code arguments} ({@code client --lang en}, ...) under the driver, and
     * waits until it is ready. Aborts the check ("could not test") when there is no display and no Xvfb, or when
     * the target is not a java command the driver can run.
     */
    static GuiSession start(Harness harness, String... arguments) {
        Optional<String> noDisplay = PrivateDisplay.unavailable();
        Assumptions.assumeTrue(noDisplay.isEmpty(), () -> "could not test: no display (install xvfb): " + noDisplay.orElse(""));
        Path prefs = harness.home().resolve("prefs");
        try {
            Files.createDirectories(prefs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] unsupported = new String[1];
        ClientProcess driver = harness.startWrappedClient(client -> DriverCommand.wrap(client, prefs).orElseGet(() -> {
            unsupported[0] = String.join(" ", client);
            return List.of("false");
        }), arguments);
        Assumptions.assumeTrue(unsupported[0] == null, () -> "could not test: the desktop client is graded from its"
                + " jar (java -jar ...) or a java -cp command, not from `" + unsupported[0] + "`");
        GuiSession session = new GuiSession(driver);
        String first = driver.nextLine(START, "`ready` from the GUI driver");
        Assumptions.assumeFalse(first.startsWith("unavailable"), () -> "could not test: no display (install xvfb): "
                + first.substring("unavailable".length()).strip());
        if (!first.startsWith("ready")) {
            throw new AssertionError("expected the GUI driver to start the desktop client, but it said "
                    + Transcript.quote(first));
        }
        return session;
    }

    /**
     * Sends one step and returns its result (what follows {@code ok }); fails the check with the driver's reason
     * if the step failed. {@code limit} is the step's own time limit.
     */
    String step(String line, Duration limit) {
        String answer = answer(line, limit);
        if (answer.startsWith("fail ")) {
            throw new AssertionError(answer.substring("fail ".length()));
        }
        return answer.length() > 3 ? answer.substring(3) : "";
    }

    /**
     * What the component {@code name} shows now; empty if the step failed (no such component is showing, or the
     * EDT did not answer in time), which a caller that only watches for a change takes as "nothing to read".
     */
    Optional<String> textIfShown(String name) {
        String answer = answer("text " + name, Duration.ZERO);
        return answer.startsWith("fail ") ? Optional.empty()
                : Optional.of(answer.length() > 3 ? answer.substring(3) : "");
    }

    /** Sends one step and returns its answer line, {@code ok [RESULT]} or {@code fail REASON}, events kept. */
    private String answer(String line, Duration limit) {
        Objects.requireNonNull(line, "line");
        try {
            driver.type(line);
        } catch (IOException e) {
            throw new AssertionError("expected the desktop client to be running for `" + line + "`, but its JVM is gone ("
                    + e.getMessage() + ")", e);
        }
        while (true) {
            String answer = driver.nextLine(limit.plus(ANSWER_SLACK), "the answer to `" + line + "`");
            if (answer.startsWith("event ")) {
                events.add(answer.substring("event ".length()));
            } else if (answer.equals("ok") || answer.startsWith("ok ") || answer.startsWith("fail ")) {
                return answer;
            }
        }
    }

    /** A step that answers at once. */
    String step(String line) {
        return step(line, Duration.ZERO);
    }

    /** Waits until the step {@code verb name millis argument} succeeds; the limit goes into the line. */
    String await(String verb, String name, Duration limit, String argument) {
        return step(verb + " " + name + " " + limit.toMillis() + (argument.isEmpty() ? "" : " " + argument), limit);
    }

    /** The texts of the label {@code status} reported so far, oldest first (after the last step's answer). */
    List<String> statusTexts() {
        return events.stream().filter(event -> event.startsWith("status ")).map(event -> event.substring(7)).toList();
    }

    /** The events reported so far, each as {@code KIND TEXT}. */
    List<String> events() {
        return List.copyOf(events);
    }
}
