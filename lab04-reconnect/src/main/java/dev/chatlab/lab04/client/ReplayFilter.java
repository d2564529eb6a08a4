package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ServerFrame;
import java.util.Objects;

/**
 * The client's dedup of ids: what a resume replays may repeat frames the old connection already delivered,
 * and each message and whisper must still be shown once, in id order. Ids grow strictly on one server, so
 * remembering the last id shown is enough; it is also the {@code last} of the next {@code resume}. Event
 * thread only.
 */
final class ReplayFilter {

    private final ClientListener listener;
    private long lastId;

    /** A filter that passes each frame it shows to {@code listener}. */
    ReplayFilter(ClientListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The id of the last message or whisper shown in this session, 0 before the first. */
    long lastId() {
        return lastId;
    }

    /** A new session: ids seen in another one (or in another run of the server) do not count. */
    void newSession() {
        lastId = 0;
    }

    /** Shows a chat/1 frame; each message and whisper once, in id order, whatever a resume replays. */
    void show(ServerFrame frame) {
        // BEGIN SOLUTION: show each message and whisper once, in id order, skipping ids already shown
        long id = switch (frame) {
            case ServerFrame.Message message -> message.id();
            case ServerFrame.Whisper whisper -> whisper.id();
            default -> -1;
        };
        if (id >= 0) {
            if (id <= lastId) {
                return; // shown already: replayed after a resume that the old connection had delivered
            }
            lastId = id;
        }
        listener.frame(frame);
        // END SOLUTION
    }
}
