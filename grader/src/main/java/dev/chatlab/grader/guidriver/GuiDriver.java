package dev.chatlab.grader.guidriver;

import dev.chatlab.lab05.display.PrivateDisplay;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The GUI driver's main class: {@code java -cp CLIENT.jar:grader.jar dev.chatlab.grader.guidriver.GuiDriver
 * MAIN_CLASS ARGUMENTS...}. It makes sure there is a display (a private Xvfb when {@code DISPLAY} is unset),
 * installs the {@link ViolationRecorder}, starts {@code MAIN_CLASS.main(ARGUMENTS)} on a thread of its own and
 * then serves the grader's steps.
 *
 * <p>The protocol, one line each way, UTF-8. The first stdout line is {@code ready DISPLAY}, or {@code
 * unavailable REASON} followed by exit status 3 when no window can be opened. Then each stdin line is one step
 * ({@link DriverSteps} lists them), answered by exactly one {@code ok [RESULT]} or {@code fail REASON} line.
 * Between replies come {@code event KIND TEXT} lines: {@code window NAME TITLE}, {@code window-closed NAME},
 * {@code status TEXT} (each new text of the label named {@code status}), {@code edt-violation ...} and
 * {@code client-ended ...}. A line end inside a text is written {@code \n}. The client's own stdout goes to
 * stderr, so stdout carries the protocol only. At stdin's end the driver exits.
 */
public final class GuiDriver {

    /** The exit status when there is no display to test on. */
    public static final int NO_DISPLAY = 3;

    private GuiDriver() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GuiDriver MAIN_CLASS [ARGUMENTS...]");
            System.exit(2);
        }
        DriverOutput output = new DriverOutput(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setOut(System.err); // the protocol owns stdout
        String display;
        try {
            Optional<String> missing = PrivateDisplay.unavailable();
            if (missing.isPresent()) {
                throw new IOException(missing.get());
            }
            display = PrivateDisplay.ensure().map(PrivateDisplay::display).orElse(System.getenv("DISPLAY"));
        } catch (IOException e) {
            output.line("unavailable " + e.getMessage());
            System.exit(NO_DISPLAY);
            return;
        }
        ViolationRecorder violations = ViolationRecorder.install(output);
        WindowWatch.start(output);
        startClient(args[0], Arrays.copyOfRange(args, 1, args.length), output);
        output.line("ready " + display);
        DriverSteps steps = new DriverSteps(output, violations);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null && steps.run(line); ) {
                // each step answers for itself
            }
        }
        System.exit(0);
    }

    /** Runs {@code mainClass.main(arguments)} on a thread of its own; its end or failure is an event. */
    private static void startClient(String mainClass, String[] arguments, DriverOutput output) {
        Thread.ofPlatform().name("main").start(() -> {
            try {
                Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) arguments);
                output.event("client-ended", "its main method returned");
            } catch (InvocationTargetException e) {
                output.event("client-ended", "its main method threw " + e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                output.event("client-ended", "cannot run " + mainClass + ".main: " + e);
            }
        });
    }
}
