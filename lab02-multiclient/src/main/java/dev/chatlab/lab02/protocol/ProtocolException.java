package dev.chatlab.lab02.protocol;

import java.util.Objects;

/**
 * A frame the receiver refuses. The server answers it with {@code error{code, message}} and keeps the
 * connection open; the message is a short English sentence meant for the person at the other end.
 */
public final class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /** A refusal with {@code code} and a one-sentence {@code message}. */
    public ProtocolException(ErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The code that goes into the error frame. */
    public ErrorCode code() {
        return code;
    }

    /** The error frame that answers this refusal. */
    public ServerFrame.Error toFrame() {
        return new ServerFrame.Error(code, getMessage());
    }
}
