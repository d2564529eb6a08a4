package dev.chatlab.lab04.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@link ReconnectingClient} is: connecting (the first time), online, waiting to reconnect, or closed
 * for good. The listener hears every change, in order.
 */
public sealed interface ClientState {

    /** The first connection is being made (TCP, TLS, hello). */
    record Connecting() implements ClientState {
    }

    /** Registered on a live connection: frames flow, the outbox drains. */
    record Online(String nick, List<String> users) implements ClientState {
        public Online {
            Objects.requireNonNull(nick, "nick");
            users = List.copyOf(users);
        }
    }

    /**
     * The connection was lost (or the last attempt failed): attempt {@code attempt} (counted from 1) starts
     * after {@code delay}. What is typed meanwhile waits in the outbox.
     */
    record Reconnecting(int attempt, Duration delay) implements ClientState {
        public Reconnecting {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Closed for good: after quit, or because the server refused the client; {@code reason} says which. */
    record Closed(String reason) implements ClientState {
        public Closed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
