package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.LeftReason;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;

/**
 * One client's connection, and how its layers are wired: the thread that calls {@link #run()} is the reader
 * ({@link ConnectionReader}: line framing, then the {@link FrameHandler} that the server's {@link ChatService}
 * attaches, lab02's {@link Session}); a second virtual thread is the writer ({@link ConnectionWriter}), which
 * drains the session's {@link OutboundQueue}, so reading never waits for writing and the room never waits for
 * this socket. A {@link ConnectionGuard} (none in lab02) may first run a step of its own, such as a TLS
 * handshake. This class is the connection's lifecycle: start both threads, end them, close the socket.
 *
 * <p>The connection ends with a <em>lingering close</em>: the last frames are written, the server's side is
 * shut ({@code shutdownOutput}: a FIN, and over TLS a close_notify), and what the client still sends is read
 * and discarded for a short while before the socket is closed. Closing a socket whose input holds unread
 * bytes makes the kernel send a reset, which can destroy frames still on their way to the client, such as
 * the error that explains why the server closes.
 */
final class ClientConnection implements AutoCloseable {

    /** How long frames still queued after a bye or end of input may take to reach the client. */
    static final Duration LINGER = Duration.ofSeconds(5);

    private final Socket socket;
    private final OutboundQueue outbound;
    private final ConnectionGuard guard;
    private final FrameHandler handler;
    private final ConnectionReader reader;
    private final ConnectionWriter output;
    private final PrintStream log;
    private volatile Thread writer;

    /**
     * A connection on {@code socket} to {@code service}, holding at most {@code maxQueueBytes} for the client
     * and watched by the guard that {@code policy} makes for it (both on the calling thread: the accept thread).
     */
    ClientConnection(Socket socket, ChatService service, long maxQueueBytes, ConnectionPolicy policy,
                     PrintStream log) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.log = Objects.requireNonNull(log, "log");
        this.outbound = new OutboundQueue(maxQueueBytes);
        this.guard = Objects.requireNonNull(policy.guard(socket, this::close), "the policy's guard");
        this.handler = Objects.requireNonNull(service.attach(outbound, guard, this::close), "the service's handler");
        this.reader = new ConnectionReader(socket, handler);         // socket -> frames -> handler
        this.output = new ConnectionWriter(socket, outbound, this::close); // queue -> socket
    }

    /**
     * Serves the client until it says bye, its input ends, the connection fails or the guard ends it; blocks
     * until then. Whatever happens, the handler hears that the connection ended, the socket is closed and
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
            handler.ended(LeftReason.DISCONNECT);
        } finally {
            outbound.abort();
            close();
            guard.ended();
        }
    }

    /**
     * Reads with this thread and writes with a second one until the client leaves; then tells the handler, lets
     * the last frames go out and discards what the client still sends (the caller closes the socket).
     */
    private void serve() throws InterruptedException {
        // BEGIN SOLUTION: read on this thread and write on a virtual thread of its own, then let the last frames go out
        writer = Thread.ofVirtual().name("writer " + socket.getRemoteSocketAddress()).start(this::write);
        LeftReason reason = read();
        handler.ended(reason);
        outbound.finish();              // what is queued still goes out, then the writer stops
        if (!writer.join(LINGER)) {
            log.println("chat server: " + socket.getRemoteSocketAddress() + " did not read its last frames");
        } else if (socket.isOutputShutdown()) {
            discardInput();             // the writer sent everything and shut its side: linger
        }
        // END SOLUTION
    }

    /** The reader layer, on this thread: frames to the handler until the client leaves. */
    private LeftReason read() {
        return reader.read();
    }

    /** The writer layer, on the writer thread: the queue into the socket. */
    private void write() {
        output.run();
    }

    /** The reading half of the lingering close, once the writer has shut the server's side. */
    private void discardInput() {
        reader.discardInput();
    }

    /**
     * Closes the socket at once, which ends the reader and the writer. Safe to call more than once, from any
     * thread. A writer blocked on a client that stops reading is interrupted first: interrupting a virtual
     * thread's socket I/O closes the socket under it, whereas a plain close would wait for that write to end
     * (over TLS, to send close_notify it needs the lock the blocked write holds: forever, for a stalled client).
     */
    @Override
    public void close() {
        Thread writing = writer;
        if (writing != null && writing != Thread.currentThread()) {
            writing.interrupt();
        }
        try {
            socket.close();
        } catch (IOException e) {
            log.println("chat server: closing " + socket.getRemoteSocketAddress() + " failed: " + e);
        }
    }
}
