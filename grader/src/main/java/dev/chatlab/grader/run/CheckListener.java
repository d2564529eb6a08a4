package dev.chatlab.grader.run;

import dev.chatlab.grader.result.CheckResult;

/**
 * Hears about each check of a grading run as it happens: the live lines of {@code grade}. {@link #started} and
 * {@link #finished} come on the thread that runs the checks, one check at a time; {@link #progress} comes on
 * whichever thread the check reports from. Each method must return quickly: the checks wait for it.
 */
public interface CheckListener {

    /** A listener that ignores everything. */
    CheckListener NONE = new CheckListener() {
    };

    /** The check named {@code check} ("echoes one line") has begun. */
    default void started(String check) {
    }

    /** The running check {@code check} reports how far it got: "312 of 1000 messages confirmed". */
    default void progress(String check, String text) {
    }

    /** A check has ended with {@code result}, or was skipped. */
    default void finished(CheckResult result) {
    }
}
