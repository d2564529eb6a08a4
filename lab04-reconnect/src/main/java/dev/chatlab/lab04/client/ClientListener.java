package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import java.util.List;

/**
 * What a {@link ReconnectingClient} reports, for a console, a Swing window or a browser gateway to show.
 * Every method has an empty default, so a listener overrides only what it shows.
 *
 * <p>Calls come one at a time, in order, on the client's own event thread (never on the thread that called
 * the client), so a listener needs no locking of its own; it must return quickly (a Swing listener hands the
 * event to the EDT). A listener may call the client back: {@code say}, {@code quit} and the others run
 * inline on the event thread.
 */
public interface ClientListener {

    /** The client's state changed: connecting, online, reconnecting (with attempt and delay), closed. */
    default void stateChanged(ClientState state) {
    }

    /** The first welcome: registered as {@code nick}; {@code users} sorted ignoring case, self included. */
    default void connected(String nick, List<String> users) {
    }

    /** A connection after the first is registered: resumed (then the missed frames follow) or joined again. */
    default void reconnected(Reconnection reconnection) {
    }

    /**
     * A chat/1 frame to show: message and whisper (each id once, in id order), joined, left, users, error.
     * Heartbeats and acks are not shown here.
     */
    default void frame(ServerFrame frame) {
    }

    /**
     * {@code frame}, typed by the user, waits in the outbox: {@code cid} names it until it is acknowledged
     * (null for a who, which is only sent).
     */
    default void queued(String cid, ClientFrame frame) {
    }

    /** The say or whisper with {@code cid} was delivered and got {@code id}: pending becomes delivered. */
    default void acked(String cid, long id) {
    }

    /** The say or whisper with {@code cid} was refused with {@code error} and will not be sent again. */
    default void failed(String cid, ServerFrame.Error error) {
    }

    /** The number of says and whispers not acknowledged yet (queued offline, or sent and waiting) changed. */
    default void queueChanged(int pending) {
    }

    /** How a reconnection went. */
    record Reconnection(boolean resumed, int missed, boolean gap, List<String> users) {
        public Reconnection {
            users = List.copyOf(users);
        }
    }
}
