package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One connection of the client: a reader thread that decodes the server's frames and hands each to
 * {@code frames}, and a writer thread that writes what {@link #send} queued, so that the client's event
 * thread never waits for the socket (a stalled connection must not stall the heartbeat check). When the
 * input ends or fails, {@code ended} runs once, on the reader thread. It notes when a frame was last queued,
 * for the client's keepalive pings. Used for one connection.
 */
final class ChatLink implements AutoCloseable {

    /** The longest server frame the client reads: a welcome or users list grows with the room. */
    static final int MAX_SERVER_FRAME_BYTES = 1 << 20;

    private final Socket socket;
    private final LongSupplier nanoClock;
    private final BlockingQueue<byte[]> outgoing = new LinkedBlockingQueue<>();
    private volatile long lastSent;
    private Thread writer;

    /** A link on {@code socket}, connected, that measures with {@code nanoClock}; {@link #start} starts its threads. */
    ChatLink(Socket socket, LongSupplier nanoClock) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lastSent = nanoClock.getAsLong();
    }

    /** Starts reading and writing; each frame goes to {@code frames}, the end to {@code ended}. Called once. */
    void start(Consumer<ReconnectServerFrame> frames, Consumer<String> warnings, Runnable ended) {
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(ended, "ended");
        writer = Thread.ofVirtual().name("chat client writer").start(this::write);
        Thread.ofVirtual().name("chat client reader").start(() -> read(frames, warnings, ended));
    }

    /** Queues an encoded frame for the writer thread. Never blocks. */
    void send(byte[] frame) {
        lastSent = nanoClock.getAsLong();
        outgoing.add(frame);
    }

    /** When a frame was last queued (or the link made, before the first), on the link's {@code nanoClock}. */
    long lastSent() {
        return lastSent;
    }

    private void read(Consumer<ReconnectServerFrame> frames, Consumer<String> warnings, Runnable ended) {
        try {
            FrameReader reader = new FrameReader(socket.getInputStream(), MAX_SERVER_FRAME_BYTES);
            while (true) {
                try {
                    byte[] line = reader.readFrame();
                    if (line == null) {
                        break;
                    }
                    frames.accept(ReconnectServerCodec.decode(line));
                } catch (ProtocolException e) {
                    warnings.accept("ignored a frame from the server: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            // Reset, closed by close(), or a TLS failure: the connection is over either way.
        }
        close();
        ended.run();
    }

    private void write() {
        try {
            OutputStream out = socket.getOutputStream();
            while (true) {
                byte[] frame = outgoing.take();
                out.write(frame);
                out.flush();
            }
        } catch (IOException e) {
            close(); // the reader sees the closed socket and reports the end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close() stops the writer
        }
    }

    /** Closes the socket at once; the reader then reports the end. Safe to call more than once, from any thread. */
    @Override
    public void close() {
        if (writer != null) {
            writer.interrupt();
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that is left to do; nothing to report.
        }
    }
}
