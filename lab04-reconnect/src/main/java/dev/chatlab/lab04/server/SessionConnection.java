package dev.chatlab.lab04.server;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab02.server.FrameHandler;
import dev.chatlab.lab02.server.OutboundQueue;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One connection's side of lab04's chat, the {@link FrameHandler} that lab02's server drives: it checks each
 * frame in chat/1's error precedence (lab04's {@code resume} counts as a registration, like hello), lets
 * lab03's guard see it, and dispatches it to the {@link SessionRoom}; it runs the connection's
 * {@link Heartbeat}; and when the connection ends it tells the room how: a bye, a close the server decided
 * (an error after which the guard closes), or a lost connection, which only detaches the session.
 *
 * <p>lab03's guard knows chat/1's frames only: it sees a say or whisper without its cid; a successful resume
 * as the hello it replaces (which stops the hello deadline); a pong as a ping (both free). Frames are handled
 * on the connection's reader thread; the room and the heartbeat queue frames from other threads.
 */
final class SessionConnection implements FrameHandler {

    private final SessionRoom room;
    private final OutboundQueue outbound;
    private final ConnectionGuard guard;
    private final Runnable close;
    private final Heartbeat heartbeat;
    private final AtomicLong pings = new AtomicLong();
    private volatile ChatSession session; // set by the room, under its lock, at welcome or resumed
    private boolean serverCloses;         // reader thread: an error reply ends this connection

    SessionConnection(SessionRoom room, OutboundQueue outbound, ConnectionGuard guard, Runnable close,
                      SessionSettings settings, ScheduledExecutorService timers, LongSupplier nanoClock) {
        this.room = Objects.requireNonNull(room, "room");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.close = Objects.requireNonNull(close, "close");
        this.heartbeat = new Heartbeat(settings, timers, nanoClock,
                () -> reply(new ReconnectServerFrame.Ping(Long.toString(pings.incrementAndGet()))), close);
    }

    @Override
    public LeftReason handle(byte[] line) {
        heartbeat.received(); // any frame, even a bad one, shows that the client is alive
        try {
            ReconnectClientCodec.Raw raw = ReconnectClientCodec.parse(line); // framing, then the type
            checkRegistration(raw.type());                                  // then registration
            ReconnectClientFrame frame = ReconnectClientCodec.bind(raw);    // then the fields
            if (frame instanceof ReconnectClientFrame.Chat chat) {
                guard.check(chat.frame());                                   // then lab03's limits
            }
            boolean more = dispatch(frame);                                  // then the state of the room
            guard.accepted(asChat1(frame));
            return more ? null : LeftReason.BYE;
        } catch (ProtocolException refused) {
            return refuse(refused);
        }
    }

    @Override
    public LeftReason refuse(ProtocolException refused) {
        heartbeat.received();
        reply(new ReconnectServerFrame.Chat(refused.toFrame()));
        boolean closes = guard.closeAfterError(refused.code()) | refused.closesConnection();
        serverCloses |= closes;
        return closes ? LeftReason.DISCONNECT : null;
    }

    @Override
    public void ended(LeftReason reason) {
        heartbeat.stop();
        room.connectionEnded(this, reason, serverCloses);
    }

    private void checkRegistration(String type) throws ProtocolException {
        boolean registering = type.equals("hello") || type.equals("resume");
        if (session == null && !registering && !type.equals("ping") && !type.equals("bye")) {
            throw new ProtocolException(ErrorCode.NOT_REGISTERED, "Send hello with your nick (or resume) first.");
        }
        if (session != null && registering) {
            throw new ProtocolException(ErrorCode.ALREADY_REGISTERED, "You are already registered.");
        }
    }

    private boolean dispatch(ReconnectClientFrame frame) throws ProtocolException {
        switch (frame) {
            case ReconnectClientFrame.Resume resume -> room.resume(this, resume.session(), resume.last());
            case ReconnectClientFrame.Pong pong -> {
                // Its arrival was the point: heartbeat.received() has noted it.
            }
            case ReconnectClientFrame.Chat chat -> {
                switch (chat.frame()) {
                    case ClientFrame.Hello hello -> room.join(this, hello.nick());
                    case ClientFrame.Say say -> room.say(this, say.text(), chat.cid());
                    case ClientFrame.Whisper whisper -> room.whisper(this, whisper.to(), whisper.text(), chat.cid());
                    case ClientFrame.Who who -> room.who(this);
                    case ClientFrame.Ping ping -> reply(new ReconnectServerFrame.Chat(new ServerFrame.Pong(ping.token())));
                    case ClientFrame.Bye bye -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The chat/1 frame that lab03's guard is told was accepted in place of {@code frame}. */
    private ClientFrame asChat1(ReconnectClientFrame frame) {
        return switch (frame) {
            case ReconnectClientFrame.Chat chat -> chat.frame();
            case ReconnectClientFrame.Resume resume -> new ClientFrame.Hello(session.nick());
            case ReconnectClientFrame.Pong pong -> new ClientFrame.Ping(pong.token());
        };
    }

    /** Queues {@code frame} for this client only; drops the client as slow if its queue overflows. */
    void reply(ReconnectServerFrame frame) {
        if (!offer(ReconnectServerCodec.encode(frame))) {
            room.drop(this);
        }
    }

    /**
     * Queues an encoded frame without blocking and wakes the writer at once; {@code false} if it was not queued
     * (the queue overflowed or closed).
     */
    boolean offer(byte[] encodedFrame) {
        heartbeat.sent();
        boolean queued = outbound.offer(encodedFrame);
        outbound.wakeWriter();
        return queued;
    }

    /** True when this client's queue is past lab02's back-pressure mark: a sender should wait for it. */
    boolean congested() {
        return outbound.backPressure().congested();
    }

    /** Blocks the calling sender until this client's queue has drained, at most lab02's stall bound; hold no lock. */
    void awaitDrained() {
        try {
            outbound.backPressure().awaitDrained();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the sender's reader is being stopped: stop waiting
        }
    }

    /** Closes the connection at once (its reader then ends). Safe to call more than once, from any thread. */
    void close() {
        close.run();
    }

    /** The room has registered this connection for {@code session} (under its lock): the heartbeat starts. */
    void registered(ChatSession session) {
        this.session = session;
        heartbeat.start();
    }

    /** The session this connection registered (its welcome or resumed), or {@code null} before. */
    ChatSession session() {
        return session;
    }
}
