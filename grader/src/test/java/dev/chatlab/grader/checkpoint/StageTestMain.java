package dev.chatlab.grader.checkpoint;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a stage's test JVM ({@link StageTestProcess}): runs a module's test classes with the JUnit
 * Platform Launcher and appends each class's {@link Outcome} to a file, one line per class as soon as it is known.
 * Jupiter only, with the kit's settings only (nothing on the class path changes how the tests run, except the
 * module's launcher session listeners, as in its build), and every test bounded in time: a test with no
 * {@code @Timeout} of its own gets {@value #TIMEOUT}, on a thread of its own, since a stubbed region can leave it
 * blocked where an interrupt does not reach. The JVM exits when the last class is done, whatever threads a stuck
 * test left behind.
 *
 * <p>Arguments: the outcome file, then {@code pass:CLASS} (run every test) or {@code fail:CLASS} (run one test or
 * container at a time until one fails, each cut after {@link StagePatience#PATIENCE}).
 */
public final class StageTestMain {

    private static final String TIMEOUT = "60 s";
    private static final Map<String, String> SETTINGS = Map.of(
            "junit.jupiter.execution.timeout.default", TIMEOUT,
            "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");
    private static final String PATIENT = "junit.jupiter.extensions.autodetection.enabled";

    private final Launcher launcher;

    private StageTestMain(Launcher launcher) {
        this.launcher = launcher;
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path outcomes = Path.of(args[0]);
        // One launcher session for all classes, with the module's own session listeners (lab05's makes the
        // private display before any test uses AWT), as in the module's build.
        LauncherConfig config = LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(true)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            StageTestMain main = new StageTestMain(session.getLauncher());
            for (String argument : List.of(args).subList(1, args.length)) {
                String className = argument.substring(argument.indexOf(':') + 1);
                Outcome outcome = argument.startsWith("fail:") ? main.runUntilFailure(className)
                        : main.runAll(className);
                Files.writeString(outcomes, outcome.line() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        System.exit(0);
    }

    /**
     * What running a test class found.
     *
     * @param className    the class
     * @param tests        how many tests ran
     * @param firstFailure the first test or container that failed, and how; empty if none did
     * @param seconds      how long they took
     */
    record Outcome(String className, int tests, Optional<String> firstFailure, long seconds) {

        /** "12 tests passed in 3 s", "failed in 2 s after 1 test: echoes_one_line(): ...". */
        String summary() {
            String count = tests + (tests == 1 ? " test" : " tests");
            return firstFailure.map(failure -> "failed in " + seconds + " s after " + count + ": " + failure)
                    .orElse(count + " passed in " + seconds + " s");
        }

        /** The outcome as one tab-separated line, for {@link #parse}. */
        String line() {
            String failure = firstFailure.map(text -> text.replaceAll("\\s+", " ")).orElse("");
            return String.join("\t", className, String.valueOf(tests), String.valueOf(seconds), failure);
        }

        /** False for a line cut short by the JVM's end: {@link #parse} needs all four fields. */
        static boolean isWhole(String line) {
            return line.split("\t", -1).length == 4;
        }

        static Outcome parse(String line) {
            String[] fields = line.split("\t", 4);
            return new Outcome(fields[0], Integer.parseInt(fields[1]),
                    Optional.of(fields[3]).filter(failure -> !failure.isEmpty()), Long.parseLong(fields[2]));
        }
    }

    private Outcome runAll(String className) throws ClassNotFoundException {
        long started = System.nanoTime();
        Result result = run(selectClass(Class.forName(className)), false);
        return new Outcome(className, result.tests, result.failures.stream().findFirst(), since(started));
    }

    /** Runs the class's tests one method or container at a time, in Jupiter's order, until one fails. */
    private Outcome runUntilFailure(String className) throws ClassNotFoundException {
        long started = System.nanoTime();
        TestPlan plan = launcher.discover(request(selectClass(Class.forName(className)), true));
        List<TestIdentifier> parts = plan.getRoots().stream().flatMap(engine -> plan.getChildren(engine).stream())
                .flatMap(type -> plan.getChildren(type).stream()).toList();
        int tests = 0;
        Optional<String> failure = Optional.empty();
        for (int i = 0; i < parts.size() && failure.isEmpty(); i++) {
            Result result = run(selectUniqueId(parts.get(i).getUniqueIdObject()), true);
            tests += result.tests;
            failure = result.failures.stream().findFirst();
        }
        return new Outcome(className, tests, failure, since(started));
    }

    /** The tests one run counted, and its failures in the order they happened. */
    private record Result(int tests, List<String> failures) {
    }

    private Result run(DiscoverySelector selector, boolean mustFail) {
        List<String> failures = new ArrayList<>();
        int[] tests = {0};
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                tests[0] += test.isTest() ? 1 : 0;
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    failures.add(test.getDisplayName() + ": " + result.getThrowable()
                            .map(thrown -> thrown.toString().lines().findFirst().orElse("")).orElse("failed"));
                }
            }
        };
        launcher.execute(request(selector, mustFail), listener);
        return new Result(tests[0], failures);
    }

    private static LauncherDiscoveryRequest request(DiscoverySelector selector, boolean mustFail) {
        return LauncherDiscoveryRequestBuilder.request().selectors(selector).configurationParameters(SETTINGS)
                .configurationParameter(PATIENT, String.valueOf(mustFail))
                .enableImplicitConfigurationParameters(false).build();
    }

    private static long since(long started) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    }
}
