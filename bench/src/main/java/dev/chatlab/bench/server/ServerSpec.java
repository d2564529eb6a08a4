package dev.chatlab.bench.server;

import java.util.Objects;

/**
 * A server to start: a short label for tables and plots, the command run through {@code sh -c} (it must
 * honour the process contract and bind an ephemeral port: the tool appends nothing), and whether its clients
 * speak TLS (lab03, lab04) or plain TCP.
 */
public record ServerSpec(String label, String command, boolean tls) {

    public ServerSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
        if (command.isBlank()) {
            throw new IllegalArgumentException("A server command must not be blank.");
        }
    }

    /** A plain TCP server. */
    public ServerSpec(String label, String command) {
        this(label, command, false);
    }

    /** The same server under another label (the same server twice in one comparison). */
    public ServerSpec labelled(String newLabel) {
        return new ServerSpec(newLabel, command, tls);
    }
}
