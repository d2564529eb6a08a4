package dev.chatlab.bench.server;

import java.util.Objects;

/**
 * A server to start: a short label for tables and plots, and the command run through {@code sh -c} (it
 * must honour the process contract and bind an ephemeral port: the tool appends nothing).
 */
public record ServerSpec(String label, String command) {

    public ServerSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
        if (command.isBlank()) {
            throw new IllegalArgumentException("A server command must not be blank.");
        }
    }
}
