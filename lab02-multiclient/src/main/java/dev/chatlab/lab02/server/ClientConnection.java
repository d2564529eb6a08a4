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
 * One client's TCP connection: line framing first ({@link FrameReader}), then the chat logic
 * ({@link Session}). The thread that calls {@link #run()} reads; a second virtual thread writes what the
 * session's {@link OutboundQueue} holds, so reading never waits for writing and the room never waits for
 * this socket.
 */
final class ClientConnection implements AutoCloseable {

    /** How long frames still queued after a bye or end of input may take to reach the client. */
    static final Duration LINGER = Duration.ofSeconds(5);

    private final Socket socket;
    private final Room room;
    private final OutboundQueue outbound;
    private final Session session;
    private final PrintStream log;

    /** A connection on {@code socket} to {@code room}, holding at most {@code maxQueueBytes} for the client. */
    ClientConnection(Socket socket, Room room, long maxQueueBytes, PrintStream log) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.room = Objects.requireNonNull(room, "room");
        this.log = Objects.requireNonNull(log, "log");
        this.outbound = new OutboundQueue(maxQueueBytes);
        this.session = new Session(room, outbound, this::close);
    }

    /**
     * Serves the client until it says bye, its input ends or the connection fails; blocks until then.
     * Whatever happens, the room hears why the client left and the socket is closed.
     */
    void run() {
        Thread writer = Thread.ofVirtual().name("writer " + socket.getRemoteSocketAddress()).start(this::write);
        try {
            LeftReason reason = read();
            room.leave(session, reason);
            outbound.finish();              // what is queued still goes out, then the writer stops
            if (!writer.join(LINGER)) {
                log.println("chat server: " + socket.getRemoteSocketAddress() + " did not read its last frames");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.println("chat server: bug serving " + socket.getRemoteSocketAddress() + ": " + e); // say it loudly
            e.printStackTrace(log);
            room.leave(session, LeftReason.DISCONNECT);
        } finally {
            session.disconnect();
        }
    }

    /** Reads frames until bye (returns BYE) or the end of the input or a read failure (returns DISCONNECT). */
    private LeftReason read() {
        try {
            FrameReader frames = new FrameReader(socket.getInputStream(), FrameReader.MAX_FRAME_BYTES);
            while (true) {
                byte[] line;
                try {
                    line = frames.readFrame();
                } catch (ProtocolException tooLong) {
                    session.reply(tooLong.toFrame());
                    continue;
                }
                if (line == null) {
                    return LeftReason.DISCONNECT;
                }
                if (!session.handle(line)) {
                    return LeftReason.BYE;
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
