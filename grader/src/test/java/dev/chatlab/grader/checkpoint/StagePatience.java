package dev.chatlab.grader.checkpoint;

import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Ends a test that must fail once it has run for {@link #PATIENCE}, as a failure. A stage's stub often leaves a
 * test waiting (a client whose event thread met the stub never gets its welcome) until the test's own
 * {@code @Timeout}, up to two minutes; no test the checkpoints name takes half a minute on the reference (the
 * slowest, lab04's {@code ChaosTest}, runs 20 s of chaos), so one still running then is stuck on a stub.
 *
 * <p>Jupiter finds it through {@link java.util.ServiceLoader}, from a service file that {@link StageTestProcess}
 * puts on the stage's class path, when a run enables extension autodetection: only the runs of test classes that
 * must fail ({@link StageTestMain}).
 */
public final class StagePatience implements InvocationInterceptor {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** How the service file names this extension. */
    static final String SERVICE = "META-INF/services/org.junit.jupiter.api.extension.Extension";

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) {
        within(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) {
        within(invocation);
    }

    private static void within(Invocation<Void> invocation) {
        Assertions.assertTimeoutPreemptively(PATIENCE, invocation::proceed,
                () -> "still running after " + PATIENCE.toSeconds() + " s, where it must fail: stuck on a stub");
    }
}
