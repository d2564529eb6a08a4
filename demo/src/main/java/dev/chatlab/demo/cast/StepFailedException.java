package dev.chatlab.demo.cast;

/**
 * A step of the demo did not happen as scripted: a process did not print what it should, a window did not
 * show a row, a check found a message missing. The message is the reason, as the user reads it on stderr.
 */
public final class StepFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public StepFailedException(String reason) {
        super(reason);
    }

    public StepFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
