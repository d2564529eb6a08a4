package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The reading side of a {@link ClientConnection}, run on its reader thread: line framing first
 * ({@link FrameReader}), then each frame to the chat logic (the {@link FrameHandler} its {@link ChatService}
 * attached: lab02's {@link Session}). After the last frame it does the reading half of the lingering close:
 * what the client still sends is read and thrown away for a short while, so that closing the socket does not
 * make the kernel send a reset that could destroy the server's last frames. Used by one thread only.
 */
final class ConnectionReader {

    /** How long, at most, the server reads and discards what a client sends after its last frame. */
    static final Duration DISCARD_TIME = Duration.ofSeconds(2);
    /** How many bytes, at most, the server reads and discards after the client's last frame. */
    static final int DISCARD_BYTES = 64 * 1024;

    private final Socket socket;
    private final FrameHandler handler;

    /** The reader of {@code socket}, handing its frames to {@code handler}. */
    ConnectionReader(Socket socket, FrameHandler handler) {
        this.socket = socket;
        this.handler = handler;
    }

    /**
     * Reads frames until bye (returns BYE), an error after which the session closes, the end of the input or a
     * read failure (returns DISCONNECT). Blocks until then; never throws for a failure of the socket.
     */
    LeftReason read() {
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
     * Reads and throws away what the client still sends, until it closes its side, {@link #DISCARD_BYTES} were
     * read or {@link #DISCARD_TIME} passed: the lingering close. Blocks for at most {@link #DISCARD_TIME}; never
     * throws (a timeout, a reset or a closed socket ends the lingering too).
     */
    void discardInput() {
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
}
