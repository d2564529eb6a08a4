package dev.chatlab.lab05.model;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientState;
import java.time.Instant;
import java.util.List;

/**
 * What happened to the client, as a value that crosses from the client's event thread to the EDT: one record
 * per {@link ClientListener} method, plus {@link Secured} from the connection itself. {@code at} is when the
 * event happened (read on the network side, not when the EDT got to it).
 */
public sealed interface ChatEvent {

    record StateChanged(ClientState state, Instant at) implements ChatEvent {
    }

    record Connected(String nick, List<String> users) implements ChatEvent {
    }

    record Reconnected(ClientListener.Reconnection reconnection, Instant at) implements ChatEvent {
    }

    record Shown(ServerFrame frame, Instant at) implements ChatEvent {
    }

    record Queued(String cid, ClientFrame frame, Instant at) implements ChatEvent {
    }

    record Acked(String cid, long id) implements ChatEvent {
    }

    record Failed(String cid, ServerFrame.Error error) implements ChatEvent {
    }

    record QueueChanged(int pending) implements ChatEvent {
    }

    /** A typed say or whisper was not queued: the outbox holds {@code waiting} already (or the client is closed). */
    record NotSent(int waiting, Instant at) implements ChatEvent {
    }

    /** A TLS connection was made: its protocol and the server certificate's SHA-256 fingerprint. */
    record Secured(String protocol, String fingerprint) implements ChatEvent {
    }
}
