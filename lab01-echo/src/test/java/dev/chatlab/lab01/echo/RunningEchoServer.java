package dev.chatlab.lab01.echo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An {@link EchoServer} on 127.0.0.1 and a free port, serving on its own thread for the length of a test. */
final class RunningEchoServer implements AutoCloseable {

    static final int READ_TIMEOUT_MILLIS = 5_000;

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final EchoServer server;
    private final CompletableFuture<Void> serving;

    RunningEchoServer() throws IOException {
        InetSocketAddress anyPort = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        server = EchoServer.open(anyPort, new PrintStream(logged, true, UTF_8));
        serving = Background.run("echo-server", server::serve);
    }

    int port() {
        return server.port();
    }

    /** Everything the server has logged so far. */
    String log() {
        return logged.toString(UTF_8);
    }

    /** A new client connection whose reads give up after {@value #READ_TIMEOUT_MILLIS} ms. */
    Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** Closes the server and checks that {@link EchoServer#serve()} returns normally, within 5 s. */
    @Override
    public void close() throws Exception {
        server.close();
        serving.get(5, TimeUnit.SECONDS);
    }

    /** Reads exactly {@code length} bytes, failing if the stream ends first or the read timeout expires. */
    static byte[] readExactly(Socket socket, int length) throws IOException {
        byte[] bytes = socket.getInputStream().readNBytes(length);
        assertThat(bytes).as("bytes before the end of the stream").hasSize(length);
        return bytes;
    }
}
