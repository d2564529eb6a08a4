package dev.chatlab.grader.check;

import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.StderrLines;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.result.Evidence;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each {@link Check}: gives it a fresh {@link Harness} for the target named in the run's configuration,
 * enforces its time limit, and, when it fails, publishes the whole transcript (bounded), the processes' stderr
 * (read to its end) and the unfinished tasks they hit as report entries for the result collector. A check's {@link Harness#progress} reports travel the same
 * way, as {@link #PROGRESS} entries. After the check, every process it started is killed.
 */
public final class GradingExtension implements ParameterResolver, InvocationInterceptor, AfterEachCallback {

    /** How many of the last stderr lines of each process a failure shows (after its first exception, if any). */
    private static final int STDERR_LINES_SHOWN = 12;
    /** The keys of the report entries that carry the evidence. */
    public static final String TRANSCRIPT = "transcript";
    public static final String EVENTS = "events";
    public static final String STDERR = "stderr";
    /** The key of the unfinished tasks the check's programs hit, one a line. */
    public static final String UNFINISHED = "unfinished";
    /** The key of a report entry that carries a check's progress: shown live, kept in no report. */
    public static final String PROGRESS = "progress";

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "check-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Harness.class;
    }

    @Override
    public Harness resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(Harness.class, key -> newHarness(context), Harness.class);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        Check check = context.getRequiredTestMethod().getAnnotation(Check.class);
        Harness harness = store(context).get(Harness.class, Harness.class);
        if (check == null || harness == null) {
            throw new IllegalStateException(context.getDisplayName() + " is not a @Check with a Harness parameter");
        }
        AutoCloseable turn = check.exclusive() ? MachineLock.acquire() : null; // gradings side by side take turns
        try {
            runBounded(invocation, context, check, harness);
        } finally {
            if (turn != null) {
                turn.close();
            }
        }
    }

    /** Runs the check, bounded by its time limit, and publishes the evidence if it fails. */
    private static void runBounded(Invocation<Void> invocation, ExtensionContext context, Check check, Harness harness)
            throws Throwable {
        Thread checkThread = Thread.currentThread();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            harness.close();
            checkThread.interrupt();
        }, check.timeoutSeconds(), TimeUnit.SECONDS);
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            stopWatchdog(watchdog);
            publishEvidence(context, harness);
            throw timedOut.get() ? timeout(check, failure.getMessage(), failure) : failure;
        } finally {
            stopWatchdog(watchdog);
        }
        if (timedOut.get()) {
            // The check returned, but only because its processes and sockets were closed under it.
            publishEvidence(context, harness);
            throw timeout(check, "it returned only once its processes were killed", null);
        }
    }

    private static AssertionError timeout(Check check, String detail, Throwable cause) {
        return new AssertionError("expected the check to finish within " + check.timeoutSeconds()
                + " s, but it was still waiting when time ran out (" + detail + ")", cause);
    }

    /** Cancels the watchdog; if it has already fired, waits for it and clears the interrupt it sent. */
    private static void stopWatchdog(ScheduledFuture<?> watchdog) {
        if (!watchdog.cancel(false)) {
            try {
                watchdog.get(10, TimeUnit.SECONDS);
            } catch (Exception alreadyReported) {
                // The watchdog's own failure changes nothing: the check is reported as timed out.
            }
            Thread.interrupted();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Harness harness = store(context).remove(Harness.class, Harness.class);
        if (harness != null) {
            harness.close();
        }
    }

    /**
     * Publishes the whole transcript, bounded by {@link Evidence#of}, an excerpt of each process's stderr and the
     * unfinished tasks they hit: one event or line per line of text, for the result collector. Reads each
     * process's stderr to its end first, killing the processes still running (the check is over).
     */
    private static void publishEvidence(ExtensionContext context, Harness harness) {
        List<String> stderr = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        for (StderrLines process : harness.drainStderr()) {
            stderr.addAll(process.excerpt(STDERR_LINES_SHOWN));
            process.unfinishedTasks().forEach(task -> unfinished.add(task + " (" + process.process() + " stderr)"));
        }
        Evidence evidence = Evidence.of(harness.transcript().all(), stderr, unfinished);
        Map<String, String> entries = new HashMap<>();
        entries.put(EVENTS, Integer.toString(evidence.events()));
        // JUnit refuses blank values: no event or no process, no entry.
        if (!evidence.transcript().isEmpty()) {
            entries.put(TRANSCRIPT, String.join("\n", evidence.transcript()));
        }
        if (!evidence.stderr().isEmpty()) {
            entries.put(STDERR, String.join("\n", evidence.stderr()));
        }
        if (!evidence.unfinishedTasks().isEmpty()) {
            entries.put(UNFINISHED, String.join("\n", evidence.unfinishedTasks()));
        }
        context.publishReportEntry(entries);
    }

    private static Harness newHarness(ExtensionContext context) {
        Target target = RunParameters.target(context::getConfigurationParameter);
        return new Harness(target, RunParameters.seed(context::getConfigurationParameter), context.getUniqueId(),
                text -> context.publishReportEntry(PROGRESS, text));
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(GradingExtension.class, context.getUniqueId()));
    }
}
