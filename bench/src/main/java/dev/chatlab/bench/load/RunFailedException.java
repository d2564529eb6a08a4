package dev.chatlab.bench.load;

/** A run that could not be carried out, with a message that says why, in the user's terms. */
public final class RunFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
        super(message);
    }

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
