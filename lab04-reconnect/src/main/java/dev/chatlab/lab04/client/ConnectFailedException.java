package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ServerFrame;
import java.util.Optional;

/**
 * The first connection failed: it could not be made (the message is the connector's explanation, e.g.
 * {@code cannot connect to 127.0.0.1:7004: Connection refused} or {@code TLS: ...}), or the server refused
 * the hello ({@link #refusal()} holds its error frame). A client whose first connection failed is closed.
 */
public final class ConnectFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ServerFrame.Error refusal;

    /** A failure explained by {@code message}; {@code refusal} is the server's error frame, or null. */
    public ConnectFailedException(String message, ServerFrame.Error refusal, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
    }

    /** The server's refusal of the hello, if that was the failure. */
    public Optional<ServerFrame.Error> refusal() {
        return Optional.ofNullable(refusal);
    }
}
