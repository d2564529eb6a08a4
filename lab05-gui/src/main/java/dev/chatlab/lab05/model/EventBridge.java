package dev.chatlab.lab05.model;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientState;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * lab04's {@link ClientListener}, for Swing: each call becomes a {@link ChatEvent} posted to an
 * {@link EventBatcher}, and returns at once. It runs on the client's event thread and never touches a
 * Swing component: the EDT applies the events later, in order.
 */
public final class EventBridge implements ClientListener {

    private final EventBatcher<ChatEvent> events;
    private final Clock clock;

    public EventBridge(EventBatcher<ChatEvent> events, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Posts an event that does not come from the listener (the TLS details, a scripted conversation). */
    public void post(ChatEvent event) {
        events.post(event);
    }

    @Override
    public void stateChanged(ClientState state) {
        events.post(new ChatEvent.StateChanged(state, clock.instant()));
    }

    @Override
    public void connected(String nick, List<String> users) {
        events.post(new ChatEvent.Connected(nick, users));
    }

    @Override
    public void reconnected(Reconnection reconnection) {
        events.post(new ChatEvent.Reconnected(reconnection, clock.instant()));
    }

    @Override
    public void frame(ServerFrame frame) {
        events.post(new ChatEvent.Shown(frame, clock.instant()));
    }

    @Override
    public void queued(String cid, ClientFrame frame) {
        events.post(new ChatEvent.Queued(cid, frame, clock.instant()));
    }

    @Override
    public void acked(String cid, long id) {
        events.post(new ChatEvent.Acked(cid, id));
    }

    @Override
    public void failed(String cid, ServerFrame.Error error) {
        events.post(new ChatEvent.Failed(cid, error));
    }

    @Override
    public void queueChanged(int pending) {
        events.post(new ChatEvent.QueueChanged(pending));
    }
}
