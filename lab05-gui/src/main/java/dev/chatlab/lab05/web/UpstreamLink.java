package dev.chatlab.lab05.web;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The gateway's side of one TLS connection to the chat server, for one WebSocket: lab03's
 * {@code TlsConnector} opens it (trust, host name, TLS 1.3), lab02's {@link FrameReader} cuts the server's
 * byte stream into lines, each of which is handed on whole, as text. Writing adds the {@code \n} that ends a
 * chat/1 frame on the wire. One reader thread; {@link #write} is called by one thread at a time.
 */
final class UpstreamLink implements AutoCloseable {

    /** The longest server frame passed on: a welcome or users list grows with the room (13,000 nicks fit). */
    static final int MAX_SERVER_FRAME_BYTES = 256 * 1024;

    /** Where the server's frames go, on the link's reader thread. */
    interface Listener {
        /** One frame, without its line end; {@code bytes} is its size in UTF-8. */
        void frame(String text, int bytes);

        /** The end of the connection: {@code failure} is null for an end of stream, else what failed. */
        void ended(IOException failure);
    }

    private final Socket socket;
    private final OutputStream out;

    private UpstreamLink(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /**
     * Connects and completes the TLS handshake, within about {@code timeout}. Blocks.
     *
     * @throws IOException if the server cannot be reached or the handshake fails; {@code connector.describe}
     *                     explains it
     */
    static UpstreamLink open(ServerConnector connector, Duration timeout) throws IOException {
        Socket socket = connector.connect(timeout);
        try {
            return new UpstreamLink(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Starts the reader thread, which reports every frame and then the end to {@code listener}. Called once. */
    void start(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        Thread.ofVirtual().name("gateway upstream reader").start(() -> read(listener));
    }

    private void read(Listener listener) {
        IOException failure = null;
        try {
            FrameReader reader = new FrameReader(socket.getInputStream(), MAX_SERVER_FRAME_BYTES);
            byte[] line;
            while ((line = reader.readFrame()) != null) {
                listener.frame(new String(line, StandardCharsets.UTF_8), line.length);
            }
        } catch (ProtocolException e) {
            failure = new IOException("a frame from the server is longer than " + MAX_SERVER_FRAME_BYTES + " bytes");
        } catch (IOException e) {
            failure = e;
        }
        close();
        listener.ended(failure);
    }

    /** Writes one frame and its {@code \n}. Blocks until the bytes are with the TLS socket. */
    void write(String frame) throws IOException {
        byte[] bytes = (frame + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        out.flush();
    }

    /** Closes the connection; the reader then reports the end. Idempotent, from any thread. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that is left to do.
        }
    }
}
