package dev.chatlab.lab02.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A server played by the test: it accepts one client and sends exactly the lines the test chooses. */
final class FakeChatServer implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ServerSocket serverSocket;
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    FakeChatServer() throws IOException {
        serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        serverSocket.setSoTimeout((int) TIMEOUT.toMillis());
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** Accepts the client and reads its hello, which must be for {@code nick}. */
    void acceptHello(String nick) throws IOException {
        assertThat(acceptFirstLine()).isEqualTo("{\"type\":\"hello\",\"nick\":\"" + nick + "\"}");
    }

    /** Accepts the client and returns the first line it sends. */
    String acceptFirstLine() throws IOException {
        socket = serverSocket.accept();
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
        out = socket.getOutputStream();
        return nextLine();
    }

    /** Sends {@code line} and a {@code \n}. */
    void send(String line) throws IOException {
        out.write((line + "\n").getBytes(UTF_8));
        out.flush();
    }

    /** The next line the client sent; fails if none arrives in time. */
    String nextLine() throws IOException {
        try {
            String line = in.readLine();
            assertThat(line).as("a line from the client, not the end of the connection").isNotNull();
            return line;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected a line from the client within " + TIMEOUT);
        }
    }

    /** Resets the connection to the client: its next read fails with "Connection reset". */
    void resetClient() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** Closes the connection to the client (the server keeps listening). */
    void dropClient() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        serverSocket.close();
    }
}
