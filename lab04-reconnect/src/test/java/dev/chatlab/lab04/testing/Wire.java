package dev.chatlab.lab04.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A raw lab04 connection for protocol tests: writes JSON lines as typed, reads server frames with a bounded
 * wait (every read fails the test after {@link #WAIT} rather than hanging).
 */
public final class Wire implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final Socket socket;
    private final FrameReader reader;

    private Wire(Socket socket) throws IOException {
        this.socket = socket;
        this.reader = new FrameReader(socket.getInputStream(), 1 << 20);
        socket.setSoTimeout((int) WAIT.toMillis());
    }

    /** A TLS connection to {@code port} on 127.0.0.1 (directly, or through a relay). */
    public static Wire connect(TestTls tls, int port) throws IOException {
        return new Wire(tls.client().connect("localhost", port, WAIT));
    }

    /** Connects and says hello as {@code nick}; returns the welcome. */
    public static Wire hello(TestTls tls, int port, String nick) throws Exception {
        Wire wire = connect(tls, port);
        wire.send("{\"type\":\"hello\",\"nick\":\"" + nick + "\"}");
        assertThat(wire.next()).isInstanceOf(ReconnectServerFrame.Welcome.class);
        return wire;
    }

    public void send(String json) throws IOException {
        socket.getOutputStream().write((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame, waiting at most {@link #WAIT}. */
    public ReconnectServerFrame next() throws Exception {
        byte[] line = reader.readFrame();
        assertThat(line).as("a frame before the end of the stream").isNotNull();
        return ReconnectServerCodec.decode(line);
    }

    /** The next frame that is not a heartbeat ping. */
    public ReconnectServerFrame nextNotPing() throws Exception {
        ReconnectServerFrame frame;
        do {
            frame = next();
        } while (frame instanceof ReconnectServerFrame.Ping);
        return frame;
    }

    /** Whether the server closes this connection within {@code timeout} (frames before the end are skipped). */
    public boolean closedWithin(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            while (reader.readFrame() != null) {
                // skip what the server still sends
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        } catch (dev.chatlab.lab02.protocol.ProtocolException e) {
            return false;
        }
    }

    /**
     * Caps what the kernel buffers for this connection's reading at about {@code bytes}, so that a slow
     * reader's backlog stays in the server's queue.
     */
    public void limitReceiveBuffer(int bytes) throws IOException {
        socket.setReceiveBufferSize(bytes);
    }

    /** Drops the connection abruptly, without bye: TCP closes under TLS with no close_notify first. */
    public void drop() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
