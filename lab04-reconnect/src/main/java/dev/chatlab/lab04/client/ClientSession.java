package dev.chatlab.lab04.client;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;

/**
 * The user's chat session as the client keeps it across connections. On each connection its
 * {@link ConnectionLoop} makes, it registers ({@link ResumeHandshake}: resume, or hello), expecting the answer
 * within the answer timeout; once online it answers pings, settles the outbox with acks and refusals
 * ({@link OutboxSender}, which also resends), shows chat frames once each ({@link ReplayFilter}), watches
 * the server's silence ({@link SilenceCheck}) and pings when it has sent nothing for a heartbeat
 * ({@link KeepalivePing}). Event thread only.
 */
final class ClientSession {

    private final ClientListener listener;
    private final ClientEvents events;
    private final ClientLifecycle lifecycle;
    private final Duration answerTimeout;
    private final ReplayFilter shown;
    private final ResumeHandshake handshake;
    private final OutboxSender sender;
    private final SilenceCheck silence;
    private final KeepalivePing keepalive;
    private final ConnectionLoop loop;
    private ScheduledFuture<?> answerDeadline;

    ClientSession(ServerConnector connector, ClientFrame.Hello hello, ClientListener listener,
                  ClientSettings settings, ClientParts parts, ClientEvents events, ClientLifecycle lifecycle) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = Objects.requireNonNull(events, "events");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.answerTimeout = settings.answerTimeout();
        this.shown = new ReplayFilter(listener);
        this.handshake = new ResumeHandshake(hello, shown);
        this.sender = new OutboxSender(settings, parts.resend(), listener, events);
        this.silence = new SilenceCheck(events, parts.watchdog(), settings.nanoClock());
        this.keepalive = new KeepalivePing(events, settings.nanoClock());
        LinkDialer dialer = new LinkDialer(connector, settings.answerTimeout(), settings.nanoClock(), events);
        this.loop = new ConnectionLoop(dialer, attempt -> settings.backoff().delay(attempt, parts.jitter()), events,
                lifecycle, this);
    }

    /** Makes the first connection; {@code false} if it was made already. */
    boolean start() {
        return loop.start();
    }

    /** Queues a frame the user typed; {@code false} if the client is closed or the outbox full. */
    boolean send(ClientFrame frame) {
        return loop.phase() != ConnectionLoop.Phase.CLOSED && sender.queue(frame);
    }

    /** Leaves: online with frames pending, once they are acknowledged (at most the close timeout); else now. */
    void quit() {
        if (loop.phase() == ConnectionLoop.Phase.ONLINE && sender.pending() > 0) {
            lifecycle.quitting(() -> loop.close(ReconnectingClient.QUIT, true)); // or at the last ack
        } else {
            loop.close(ReconnectingClient.QUIT, true);
        }
    }

    /** A new connection: registers on it, and closes it if the answer does not come in time. */
    void opened(ChatLink link) {
        link.send(ReconnectClientCodec.encode(handshake.opening()));
        answerDeadline = events.schedule(answerTimeout, () -> {
            if (loop.phase() == ConnectionLoop.Phase.REGISTERING) {
                link.close(); // no answer: try again like after any lost connection
            }
        });
    }

    /** A frame of the current connection: the answer to its registration while {@code registering}. */
    void received(ChatLink link, ReconnectServerFrame frame, boolean registering) {
        silence.heard();
        if (registering) {
            registered(handshake.answer(frame, link), link);
            return;
        }
        switch (frame) { // online, or closed and reading what the server still sends until it closes
            case ReconnectServerFrame.Ping ping ->
                    link.send(ReconnectClientCodec.encode(new ReconnectClientFrame.Pong(ping.token())));
            case ReconnectServerFrame.Ack ack -> {
                sender.acked(ack.cid(), ack.id());
                if (lifecycle.quitting() && sender.pending() == 0) {
                    loop.close(ReconnectingClient.QUIT, true);
                }
            }
            case ReconnectServerFrame.Chat(ServerFrame.Error error) -> sender.refused(error);
            case ReconnectServerFrame.Chat(ServerFrame.Pong pong) -> {
                // The answer to a keepalive ping: its arrival was the point (heard() has noted it).
            }
            case ReconnectServerFrame.Chat chat -> shown.show(chat.frame());
            default -> {
                // A second welcome or resumed is not sent by a correct server.
            }
        }
    }

    /** The current connection ended, or the client closed: nothing is sent or watched until the next one. */
    void lost() {
        ClientEvents.cancel(answerDeadline);
        silence.stop();
        keepalive.stop();
        sender.offline();
    }

    private void registered(ResumeHandshake.Answer answer, ChatLink link) {
        switch (answer) {
            case ResumeHandshake.Registered registered -> {
                ClientEvents.cancel(answerDeadline);
                boolean first = loop.online(new ClientState.Online(handshake.nick(), registered.users()));
                sender.online(link); // every unacknowledged frame is to be sent again
                BooleanSupplier online = () -> loop.phase() == ConnectionLoop.Phase.ONLINE;
                silence.watch(link, handshake.heartbeat(), online);
                keepalive.watch(link, handshake.heartbeat(), online);
                if (first) {
                    listener.connected(handshake.nick(), registered.users());
                    lifecycle.firstConnected();
                } else {
                    listener.reconnected(registered.reconnection());
                }
                sender.sendQueued();
            }
            case ResumeHandshake.Refused(ServerFrame.Error error) -> {
                listener.frame(error);
                if (!loop.everOnline()) {
                    loop.fail(new ConnectFailedException(error.message(), error, null));
                } else {
                    loop.close("refused by the server: " + error.code() + ": " + error.message(), false);
                }
            }
            case ResumeHandshake.Pending pending -> {
                // Still registering.
            }
        }
    }
}
