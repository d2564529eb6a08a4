package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One client's connection: line framing first ({@link FrameReader}), then the chat logic (the
 * {@link FrameHandler} that the server's {@link ChatService} attaches: lab02's {@link Session}).
 * The thread that calls {@link #run()} reads; a second virtual thread writes what the session's
 * {@link OutboundQueue} holds, so reading never waits for writing and the room never waits for this socket.
 * A {@link ConnectionGuard} (none in lab02) may first run a step of its own, such as a TLS handshake.
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
    /** How long, at most, the server reads and discards what a client sends after its last frame. */
    static final Duration DISCARD_TIME = Duration.ofSeconds(2);
    /** How many bytes, at most, the server reads and discards after the client's last frame. */
    static final int DISCARD_BYTES = 64 * 1024;

    private final Socket socket;
    private final OutboundQueue outbound;
    private final ConnectionGuard guard;
    private final FrameHandler handler;
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

    /**
     * Reads frames until bye (returns BYE), an error after which the session closes, the end of the input or a
     * read failure (returns DISCONNECT).
     */
    private LeftReason read() {
        // BEGIN SOLUTION: hand each frame read to the session until bye, an error that closes, or the end of the input
        try {
            FrameReader frames = new FrameReader(socket.getInputStream(), FrameReader.MAX_FRAME_BYTES);
            while (true) {
                LeftReason end;
                try {
                    byte[] line = frames.readFrame();
                    if (line == null) {
                        return LeftReason.DISCONNECT;
                    }
                    end = handler.handle(line);
                } catch (ProtocolException tooLong) {
                    end = handler.refuse(tooLong);
                }
                if (end != null) {
                    return end;
                }
            }
        } catch (IOException e) {
            return LeftReason.DISCONNECT; // reset by the client, or closed by the server
        }
        // END SOLUTION
    }

    /**
     * The writer thread: drains the queue into the socket, then shuts the server's side of it (the reader
     * thread closes the socket after {@link #discardInput()}); if writing fails, closes the socket at once.
     */
    private void write() {
        try {
            // Created on this virtual thread, the buffer starts at 512 bytes and grows to 8 KiB only if a batch
            // needs it: cheap for 10,000 quiet clients, one system call per 8 KiB for busy ones.
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            outbound.drainTo(out);
            socket.shutdownOutput(); // everything is written: a clean end of stream for the client
            return;
        } catch (IOException e) {
            // The client is gone: the reader sees the closed socket and reports the departure.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /**
     * Reads and throws away what the client still sends, until it closes its side, {@link #DISCARD_BYTES} were
     * read or {@link #DISCARD_TIME} passed: the lingering close. Blocks for at most {@link #DISCARD_TIME}.
     */
    private void discardInput() {
        long deadline = System.nanoTime() + DISCARD_TIME.toNanos();
        byte[] buffer = new byte[8192];
        long discarded = 0;
        try {
            InputStream in = socket.getInputStream();
            while (discarded < DISCARD_BYTES) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                socket.setSoTimeout((int) left);
                int read = in.read(buffer);
                if (read < 0) {
                    return; // the client closed too: nothing is left unread
                }
                discarded += read;
            }
        } catch (IOException e) {
            // Timed out, reset or closed: the lingering is over either way.
        }
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
