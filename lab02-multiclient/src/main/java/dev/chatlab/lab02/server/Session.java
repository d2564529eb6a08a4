package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.RawFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.protocol.ServerFrameCodec;
import java.util.Objects;

/**
 * One client's side of the chat: checks each frame in chat/1's error precedence and dispatches it to the
 * {@link Room}, or answers it directly. Every refusal is answered with an {@code error} frame and, in lab02,
 * the session goes on; the connection's {@link ConnectionGuard} sees every frame and every error, and may
 * end the connection. Frames are handled on the connection's reader thread; the room may queue frames for
 * this session from any thread.
 */
final class Session implements FrameHandler {

    private final Room room;
    private final OutboundQueue outbound;
    private final ConnectionGuard guard;
    private final Runnable disconnect;
    private volatile String nick;

    /**
     * A session in {@code room} whose frames go to {@code outbound}, watched by {@code guard};
     * {@code disconnect} closes its socket.
     */
    Session(Room room, OutboundQueue outbound, ConnectionGuard guard, Runnable disconnect) {
        this.room = Objects.requireNonNull(room, "room");
        this.outbound = Objects.requireNonNull(outbound, "outbound");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.disconnect = Objects.requireNonNull(disconnect, "disconnect");
    }

    /**
     * Handles one frame's content. Returns {@code null} to go on reading, or why the connection ends:
     * {@code BYE} after a bye, {@code DISCONNECT} when the guard closes it after an error. Never throws for
     * bad input.
     */
    @Override
    public LeftReason handle(byte[] line) {
        try {
            RawFrame raw = ClientFrameCodec.parse(line);    // framing, then the type
            checkRegistration(raw.type());                  // then registration
            ClientFrame frame = ClientFrameCodec.bind(raw); // then the fields
            guard.check(frame);                             // then a later lab's limits (none in lab02)
            boolean more = dispatch(frame);                 // then the state of the room
            guard.accepted(frame);
            return more ? null : LeftReason.BYE;
        } catch (ProtocolException refused) {
            return refuse(refused);
        }
    }

    /**
     * Answers {@code refused} with its error frame. Returns {@code DISCONNECT} when the connection must close
     * once that frame is sent (the refusal or the guard says so), else {@code null}.
     */
    @Override
    public LeftReason refuse(ProtocolException refused) {
        reply(refused.toFrame());
        boolean close = guard.closeAfterError(refused.code()) | refused.closesConnection(); // the guard counts every error
        return close ? LeftReason.DISCONNECT : null;
    }

    private void checkRegistration(ClientFrame.Type type) throws ProtocolException {
        // BEGIN SOLUTION: accept only hello, ping and bye before hello, and refuse a second hello
        boolean registered = nick != null;
        if (!registered && type != ClientFrame.Type.HELLO && type != ClientFrame.Type.PING
                && type != ClientFrame.Type.BYE) {
            throw new ProtocolException(ErrorCode.NOT_REGISTERED, "Send hello with your nick first.");
        }
        if (registered && type == ClientFrame.Type.HELLO) {
            throw new ProtocolException(ErrorCode.ALREADY_REGISTERED, "You are already registered.");
        }
        // END SOLUTION
    }

    private boolean dispatch(ClientFrame frame) throws ProtocolException {
        // BEGIN SOLUTION: dispatch each checked frame to the room or answer it
        switch (frame) {
            case ClientFrame.Hello hello -> room.join(this, hello.nick());
            case ClientFrame.Say say -> room.say(this, say.text());
            case ClientFrame.Whisper whisper -> room.whisper(this, whisper.to(), whisper.text());
            case ClientFrame.Who who -> room.who(this);
            case ClientFrame.Ping ping -> reply(new ServerFrame.Pong(ping.token()));
            case ClientFrame.Bye bye -> {
                return false;
            }
        }
        return true;
        // END SOLUTION
    }

    /** The connection has ended: if this session is a member, it leaves the room for {@code reason}. */
    @Override
    public void ended(LeftReason reason) {
        room.leave(this, reason);
    }

    /** Queues {@code frame} for this client only and wakes its writer; drops the client if its queue overflows. */
    void reply(ServerFrame frame) {
        boolean queued = outbound.offer(ServerFrameCodec.encode(frame));
        outbound.wakeWriter();
        if (!queued) {
            room.drop(this);
        }
    }

    /**
     * Under the room's lock: queues an encoded frame without blocking; {@code false} if it was not queued (see
     * {@link OutboundQueue}). The room wakes this client's writer once it has released its lock.
     */
    boolean offer(byte[] encodedFrame) {
        room.wakeLater(this);
        return outbound.offer(encodedFrame);
    }

    /** Wakes this client's writer for the frames queued; never call it holding the room's lock. */
    void wakeWriter() {
        outbound.wakeWriter();
    }

    /** True when this client's queue is congested: senders should wait for it (see {@link OutboundBackPressure}). */
    boolean congested() {
        return outbound.backPressure().congested();
    }

    /**
     * Blocks the calling sender until this client's queue has drained, or for a bounded time if its socket
     * takes nothing (see {@link OutboundBackPressure#awaitDrained()}). Never call it holding the room's lock.
     */
    void awaitDrained() {
        try {
            outbound.backPressure().awaitDrained();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller's thread is being stopped: stop waiting
        }
    }

    /** Closes the connection at once, dropping whatever is still queued. Safe to call more than once. */
    void disconnect() {
        outbound.abort();
        disconnect.run();
    }

    /** The registered nick, as spelled in hello; {@code null} before registration. */
    String nick() {
        return nick;
    }

    /** Called by the room, under its lock, when {@code nick} is registered for this session. */
    void registered(String nick) {
        this.nick = nick;
    }
}
