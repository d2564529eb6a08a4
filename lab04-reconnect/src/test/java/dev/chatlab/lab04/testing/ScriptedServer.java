package dev.chatlab.lab04.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerCodec;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A lab04 server played frame by frame by a client test, over TLS on 127.0.0.1 and an ephemeral port: the test
 * accepts the client's connection, reads its frames (each read waits at most {@link Wire#WAIT}) and writes the
 * server's frames itself, in the order and at the moments it chooses.
 */
public final class ScriptedServer implements AutoCloseable {

    private final ServerSocket listening;

    private ScriptedServer(ServerSocket listening) {
        this.listening = listening;
    }

    /** Listens with {@code tls}'s server certificate. */
    public static ScriptedServer open(TestTls tls) throws IOException {
        ServerSocket listening = tls.server().serverSocketFactory().createServerSocket();
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new ScriptedServer(listening);
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** The client's next connection, waiting at most {@link Wire#WAIT}. */
    public Connection accept() throws IOException {
        listening.setSoTimeout((int) Wire.WAIT.toMillis());
        Socket socket = listening.accept();
        socket.setSoTimeout((int) Wire.WAIT.toMillis());
        return new Connection(socket);
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }

    /** One connection of the client. Reads on one thread; writes from any thread. */
    public static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final FrameReader reader;
        private final OutputStream out;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.reader = new FrameReader(socket.getInputStream(), 1 << 16);
            this.out = socket.getOutputStream();
        }

        /** The client's next frame, waiting at most {@link Wire#WAIT}; null once the client has closed. */
        public ReconnectClientFrame nextOrEnd() throws Exception {
            byte[] line = reader.readFrame();
            return line == null ? null : ReconnectClientCodec.decode(line);
        }

        /** The client's next frame, waiting at most {@link Wire#WAIT}. */
        public ReconnectClientFrame next() throws Exception {
            ReconnectClientFrame frame = nextOrEnd();
            assertThat(frame).as("a frame from the client before the end of the stream").isNotNull();
            return frame;
        }

        /** Writes {@code frame}; a connection that has ended is ignored (its reader reports the end). */
        public void send(ReconnectServerFrame frame) {
            synchronized (out) {
                try {
                    out.write(ReconnectServerCodec.encode(frame));
                    out.flush();
                } catch (IOException e) {
                    // the connection ended: the reader reports it
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is all that is left to do
            }
        }
    }
}
