package dev.chatlab.lab02.protocol;

import java.util.Objects;

/**
 * A frame the receiver refuses. The server answers it with {@code error{code, message}} and keeps the
 * connection open, unless the refusal {@link #closesConnection() closes it} (lab02 never does; lab03 does for
 * a failed password); the message is a short English sentence meant for the person at the other end.
 */
public final class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final boolean closesConnection;

    /** A refusal with {@code code} and a one-sentence {@code message}; the connection stays open. */
    public ProtocolException(ErrorCode code, String message) {
        this(code, message, false);
    }

    private ProtocolException(ErrorCode code, String message, boolean closesConnection) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.closesConnection = closesConnection;
    }

    /** A refusal after whose error frame the server closes the connection, such as lab03's AUTH_FAILED. */
    public static ProtocolException closing(ErrorCode code, String message) {
        return new ProtocolException(code, message, true);
    }

    /** The code that goes into the error frame. */
    public ErrorCode code() {
        return code;
    }

    /** Whether the server closes the connection once the error frame is sent. */
    public boolean closesConnection() {
        return closesConnection;
    }

    /** The error frame that answers this refusal. */
    public ServerFrame.Error toFrame() {
        return new ServerFrame.Error(code, getMessage());
    }
}
