package dev.chatlab.lab02.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test's raw chat/1 connection: writes lines, reads frames as JSON, every read bounded in time. */
final class ChatConnection implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private ChatConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
        this.out = socket.getOutputStream();
    }

    /** A connection to the server on {@code port}, not registered yet. */
    static ChatConnection open(int port) throws IOException {
        return new ChatConnection(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** A connection registered as {@code nick}; its welcome has been read. */
    static ChatConnection register(int port, String nick) throws IOException {
        return register(new Socket(InetAddress.getLoopbackAddress(), port), nick);
    }

    /** {@code socket}, connected to the server, registered as {@code nick}; its welcome has been read. */
    static ChatConnection register(Socket socket, String nick) throws IOException {
        ChatConnection connection = new ChatConnection(socket);
        connection.send("{\"type\":\"hello\",\"nick\":\"" + nick + "\"}");
        assertThat(connection.next("welcome").get("nick").stringValue()).isEqualTo(nick);
        return connection;
    }

    /** Sends {@code line} and a {@code \n}. */
    void send(String line) throws IOException {
        sendBytes((line + "\n").getBytes(UTF_8));
    }

    void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next line from the server, as sent; fails if none arrives within {@link #TIMEOUT}. */
    String nextLine() throws IOException {
        String line;
        try {
            line = in.readLine();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected a frame within " + TIMEOUT + ", but none arrived");
        }
        assertThat(line).as("a frame, not the end of the connection").isNotNull();
        return line;
    }

    /** The next frame, parsed. */
    JsonNode next() throws IOException {
        return JSON.readTree(nextLine());
    }

    /** The next frame, which must be of {@code type}. */
    JsonNode next(String type) throws IOException {
        JsonNode frame = next();
        assertThat(frame.get("type").stringValue()).as("type of %s", frame).isEqualTo(type);
        return frame;
    }

    /** The next frame, which must be an error with {@code code}. */
    void expectError(String code) throws IOException {
        assertThat(next("error").get("code").stringValue()).isEqualTo(code);
    }

    /**
     * Proves that nothing was queued for this client before now: who is answered under the room's lock, after
     * every frame the room had queued, so the users answer must be the very next frame.
     */
    void expectNothingPending() throws IOException {
        send("{\"type\":\"who\"}");
        next("users");
    }

    /** Proves the connection is still open and the session answers: ping is answered with its pong. */
    void expectAlive() throws IOException {
        send("{\"type\":\"ping\",\"token\":\"alive\"}");
        assertThat(next("pong").get("token").stringValue()).isEqualTo("alive");
    }

    /** Fails unless the next thing from the server, within {@link #TIMEOUT}, is the end of the connection. */
    void expectClosedByServer() throws IOException {
        String line;
        try {
            line = in.readLine();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected the server to close within " + TIMEOUT);
        }
        assertThat(line).as("a frame where the end of the connection was expected").isNull();
    }

    /**
     * Reads and discards whatever is still on its way, then fails unless the connection ends (end of stream
     * or reset) within {@link #TIMEOUT} of the last byte read.
     */
    void drainUntilClosed() throws IOException {
        try {
            while (in.readLine() != null) {
                // Frames that were already in the kernel's buffers.
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected the server to close within " + TIMEOUT);
        } catch (SocketException reset) {
            // Closed with a reset: closed all the same.
        }
    }

    Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
