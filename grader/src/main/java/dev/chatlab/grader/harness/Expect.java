package dev.chatlab.grader.harness;

import java.io.IOException;
import java.util.Collection;
import java.util.Objects;

/**
 * The grader's assertions, each failing with one sentence of the form "expected X, but got Y" so that a
 * student sees at once what the check wanted.
 */
public final class Expect {

    private Expect() {
    }

    /** Fails unless {@code actual} equals {@code expected}; {@code what} names the value ("echo"). */
    public static void equal(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError("expected " + what + " " + show(expected) + ", but got " + show(actual));
        }
    }

    /** Fails unless {@code actual} is one of {@code allowed}. */
    public static void oneOf(String what, Collection<?> allowed, Object actual) {
        if (!allowed.contains(actual)) {
            throw new AssertionError("expected " + what + " to be one of " + allowed + ", but got " + show(actual));
        }
    }

    /** Fails unless {@code condition} holds; {@code expected} and {@code actual} describe both sides. */
    public static void that(boolean condition, String expected, String actual) {
        if (!condition) {
            throw new AssertionError("expected " + expected + ", but got " + actual);
        }
    }

    /** Fails at the first byte where {@code actual} differs from {@code expected}, naming its offset. */
    public static void sameBytes(byte[] expected, byte[] actual) {
        int length = Math.min(expected.length, actual.length);
        for (int i = 0; i < length; i++) {
            if (expected[i] != actual[i]) {
                throw new AssertionError(String.format(
                        "expected byte %d of %d to be 0x%02x, but got 0x%02x (the first difference)",
                        i, expected.length, expected[i] & 0xFF, actual[i] & 0xFF));
            }
        }
        equal("the number of bytes", expected.length, actual.length);
    }

    /** A step of a check that may fail with an {@link AssertionError} or an {@link IOException}. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code step}, which the check needs before it can test its own behaviour and which another task's code
     * performs (the echo before SIGTERM), and returns its result. If it fails, the check fails with an
     * {@link UnmetPrerequisite}: "{@code unmet} (the step's failure)", with {@code hint} and {@code see} of that
     * other behaviour.
     *
     * @param unmet what could not be tested and why: "could not test SIGTERM: the server did not echo the first line"
     */
    public static <T> T first(String unmet, String hint, String see, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (UnmetPrerequisite alreadyExplained) {
            throw alreadyExplained;
        } catch (AssertionError | IOException failed) {
            throw new UnmetPrerequisite(unmet + " (" + failed.getMessage() + ")", hint, see, failed);
        }
    }

    private static String show(Object value) {
        return value instanceof String text ? Transcript.quote(text) : String.valueOf(value);
    }
}
