package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;

/**
 * One client's connection: line framing first ({@link FrameReader}), then the chat logic ({@link Session}).
 * The thread that calls {@link #run()} reads; a second virtual thread writes what the session's
 * {@link OutboundQueue} holds, so reading never waits for writing and the room never waits for this socket.
 * A {@link ConnectionGuard} (none in lab02) may first run a step of its own, such as a TLS handshake.
 */
final class ClientConnection implements AutoCloseable {

    /** How long frames still queued after a bye or end of input may take to reach the client. */
    static final Duration LINGER = Duration.ofSeconds(5);

    private final Socket socket;
    private final Room room;
    private final OutboundQueue outbound;
    private final ConnectionGuard guard;
    private final Session session;
    private final PrintStream log;

    /**
     * A connection on {@code socket} to {@code room}, holding at most {@code maxQueueBytes} for the client and
     * watched by the guard that {@code policy} makes for it (on the calling thread: the accept thread).
     */
    ClientConnection(Socket socket, Room room, long maxQueueBytes, ConnectionPolicy policy, PrintStream log) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.room = Objects.requireNonNull(room, "room");
        this.log = Objects.requireNonNull(log, "log");
        this.outbound = new OutboundQueue(maxQueueBytes);
        this.guard = Objects.requireNonNull(policy.guard(socket, this::close), "the policy's guard");
        this.session = new Session(room, outbound, guard, this::close);
    }

    /**
     * Serves the client until it says bye, its input ends, the connection fails or the guard ends it; blocks
     * until then. Whatever happens, the room hears why a registered client left, the socket is closed and
     * the guard is told.
     */
    void run() {
        try {
            guard.beforeFirstFrame(); // lab03: the TLS handshake
            serve();
        } catch (IOException e) {
            // The guard's step failed (a bad handshake, say): close quietly, nobody else is told.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.println("chat server: bug serving " + socket.getRemoteSocketAddress() + ": " + e); // say it loudly
            e.printStackTrace(log);
            room.leave(session, LeftReason.DISCONNECT);
        } finally {
            session.disconnect();
            guard.ended();
        }
    }

    /** Reads with this thread and writes with a second one until the client leaves; then tells the room. */
    private void serve() throws InterruptedException {
        Thread writer = Thread.ofVirtual().name("writer " + socket.getRemoteSocketAddress()).start(this::write);
        LeftReason reason = read();
        room.leave(session, reason);
        outbound.finish();              // what is queued still goes out, then the writer stops
        if (!writer.join(LINGER)) {
            log.println("chat server: " + socket.getRemoteSocketAddress() + " did not read its last frames");
        }
    }

    /**
     * Reads frames until bye (returns BYE), an error after which the session closes, the end of the input or a
     * read failure (returns DISCONNECT).
     */
    private LeftReason read() {
        try {
            FrameReader frames = new FrameReader(socket.getInputStream(), FrameReader.MAX_FRAME_BYTES);
            while (true) {
                LeftReason end;
                try {
                    byte[] line = frames.readFrame();
                    if (line == null) {
                        return LeftReason.DISCONNECT;
                    }
                    end = session.handle(line);
                } catch (ProtocolException tooLong) {
                    end = session.refuse(tooLong);
                }
                if (end != null) {
                    return end;
                }
            }
        } catch (IOException e) {
            return LeftReason.DISCONNECT; // reset by the client, or closed by the server
        }
    }

    /** The writer thread: drains the queue into the socket; closes the socket when it stops. */
    private void write() {
        try {
            outbound.drainTo(socket.getOutputStream());
            socket.shutdownOutput(); // everything is written: a clean end of stream for the client
        } catch (IOException e) {
            // The client is gone: the reader sees the closed socket and reports the departure.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** Closes the socket, which ends the reader and the writer. Safe to call more than once, from any thread. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            log.println("chat server: closing " + socket.getRemoteSocketAddress() + " failed: " + e);
        }
    }
}
