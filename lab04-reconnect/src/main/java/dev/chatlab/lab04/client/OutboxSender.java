package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab03.limits.TokenBucket;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;

/**
 * The sending side of the client: what the user types goes into the {@link Outbox} and out on the online
 * connection, as fast as the server's rate allows; acks and refusals settle it. Each new connection gets
 * every unsettled frame again ({@link Outbox#rewind()}), as the {@link Resend} part makes it: that resend is
 * what keeps an acknowledged-or-not message from being lost across connections. Event thread only.
 */
final class OutboxSender {

    private static final Duration RETRY_SEND = Duration.ofMillis(100); // when the send rate says wait

    private final Outbox outbox;
    private final ClientSettings settings;
    private final ClientListener listener;
    private final ClientEvents events;
    private ChatLink online; // null while not online
    private TokenBucket sendRate;
    private ScheduledFuture<?> sendLater;

    /** A sender with an empty outbox of {@code settings}' capacity, resending as {@code resend} says. */
    OutboxSender(ClientSettings settings, Resend resend, ClientListener listener, ClientEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = Objects.requireNonNull(events, "events");
        this.outbox = new Outbox(settings.outboxCapacity(), resend);
    }

    /** Queues {@code frame} and sends it if online; {@code false} if the outbox is full. */
    boolean queue(ClientFrame frame) {
        Outbox.Entry entry = outbox.add(frame);
        if (entry == null) {
            return false;
        }
        listener.queued(entry.cid(), frame);
        listener.queueChanged(outbox.size());
        sendQueued();
        return true;
    }

    /** Registered on {@code link}: a fresh send rate, and every unsettled frame is to be sent on it again. */
    void online(ChatLink link) {
        online = Objects.requireNonNull(link, "link");
        sendRate = settings.newBucket();
        outbox.rewind();
    }

    /** The connection is lost or the client closed: nothing is sent until the next {@link #online}. */
    void offline() {
        online = null;
        ClientEvents.cancel(sendLater);
    }

    /** Sends what the outbox holds, as fast as the server's rate allows; the rest waits a moment. */
    void sendQueued() {
        if (online == null) {
            return;
        }
        while (outbox.hasUnsent()) {
            if (!sendRate.tryTake()) {
                sendLater();
                return;
            }
            online.send(ReconnectClientCodec.encode(outbox.nextToSend()));
        }
    }

    /** The server acknowledged {@code cid} with {@code id}. */
    void acked(String cid, long id) {
        if (outbox.acked(cid)) {
            listener.acked(cid, id);
            listener.queueChanged(outbox.size());
        }
    }

    /** The server answered with {@code error}: the first unanswered say or whisper failed, or waits for the rate. */
    void refused(ServerFrame.Error error) {
        Outbox.Entry failed = outbox.refused(error.code());
        listener.frame(error);
        if (failed != null) {
            listener.failed(failed.cid(), error);
            listener.queueChanged(outbox.size());
        } else if (error.code() == ErrorCode.RATE_LIMITED) {
            sendLater();
        }
    }

    /** The says and whispers not acknowledged yet. */
    int pending() {
        return outbox.size();
    }

    private void sendLater() {
        if (sendLater == null || sendLater.isDone()) {
            sendLater = events.schedule(RETRY_SEND, this::sendQueued);
        }
    }
}
