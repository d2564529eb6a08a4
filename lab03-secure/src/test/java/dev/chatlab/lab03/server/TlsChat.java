package dev.chatlab.lab03.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.pki.TestPki;
import dev.chatlab.lab03.tls.ClientTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocket;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test's raw chat/1 connection over TLS 1.3, trusting {@link TestPki#CA}: every read bounded in time. */
final class TlsChat implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ClientTls TLS;

    static {
        try {
            TLS = ClientTls.of(List.of(TestPki.CA.certificate()), null);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private TlsChat(SSLSocket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
        this.out = socket.getOutputStream();
    }

    /** A TLS connection to the server on 127.0.0.1:{@code port}, handshake done, not registered yet. */
    static TlsChat open(int port) throws IOException {
        return new TlsChat(TLS.connect("127.0.0.1", port, TIMEOUT));
    }

    /** A connection registered as {@code nick} (with {@code password}, or none if null); its welcome read. */
    static TlsChat register(int port, String nick, String password) throws IOException {
        TlsChat chat = open(port);
        chat.send(hello(nick, password));
        assertThat(chat.next("welcome").get("nick").stringValue()).isEqualTo(nick);
        return chat;
    }

    static TlsChat register(int port, String nick) throws IOException {
        return register(port, nick, null);
    }

    static String hello(String nick, String password) {
        return "{\"type\":\"hello\",\"nick\":\"" + nick + "\""
                + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}";
    }

    static String say(String text) {
        return "{\"type\":\"say\",\"text\":\"" + text + "\"}";
    }

    void send(String line) throws IOException {
        out.write((line + "\n").getBytes(UTF_8));
        out.flush();
    }

    /** The next frame, parsed; fails if none arrives within {@link #TIMEOUT}. */
    JsonNode next() throws IOException {
        String line;
        try {
            line = in.readLine();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected a frame within " + TIMEOUT + ", but none arrived");
        }
        assertThat(line).as("a frame, not the end of the connection").isNotNull();
        return JSON.readTree(line);
    }

    /** The next frame, which must be of {@code type}. */
    JsonNode next(String type) throws IOException {
        JsonNode frame = next();
        assertThat(frame.get("type").stringValue()).as("type of %s", frame).isEqualTo(type);
        return frame;
    }

    /** The next frame, which must be an error with {@code code}; returns its message. */
    String expectError(String code) throws IOException {
        JsonNode error = next("error");
        assertThat(error.get("code").stringValue()).as("code of %s", error).isEqualTo(code);
        return error.get("message").stringValue();
    }

    /** Proves nothing was queued for this client: the answer to who must be the very next frame. */
    void expectNothingPending() throws IOException {
        send("{\"type\":\"who\"}");
        next("users");
    }

    /** Proves the connection is open and answers. */
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
        } catch (SocketException reset) {
            return; // closed with a reset: closed all the same
        }
        assertThat(line).as("a frame where the end of the connection was expected").isNull();
    }

    SSLSocket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
