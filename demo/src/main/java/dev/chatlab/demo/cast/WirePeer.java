package dev.chatlab.demo.cast;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import dev.chatlab.lab03.tls.ClientTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * A chat/1 client with no screen, written with lab02's codec over lab03's TLS: the demo's slow client (it
 * reads its welcome, then nothing more, ever) and the feed that sends it long whispers. A peer that
 * {@linkplain #keepReading() keeps reading} drains what the server sends it on a thread of its own.
 */
public final class WirePeer implements AutoCloseable {

    private final String nick;
    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private WirePeer(String nick, SSLSocket socket) throws IOException {
        this.nick = nick;
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    /**
     * Connects over TLS trusting {@code ca}, says hello with {@code nick}'s password and reads until the welcome.
     *
     * @throws StepFailedException if the connection, the handshake or the hello fails
     */
    public static WirePeer join(String nick, int port, Path ca) throws StepFailedException {
        SSLSocket socket;
        try {
            socket = ClientTls.fromPem(ca, null, null).connect("localhost", port, Duration.ofSeconds(10));
        } catch (IOException | GeneralSecurityException e) {
            throw new StepFailedException(nick + " cannot connect: " + e.getMessage(), e);
        }
        try {
            WirePeer peer = new WirePeer(nick, socket);
            peer.send(new ClientFrame.Hello(nick, Credentials.password(nick)));
            socket.setSoTimeout((int) Await.STEP.toMillis());
            for (String line = peer.in.readLine(); ; line = peer.in.readLine()) {
                if (line == null || line.contains("\"type\":\"error\"")) {
                    throw new StepFailedException(nick + "'s hello was refused: " + line);
                }
                if (line.contains("\"type\":\"welcome\"")) {
                    socket.setSoTimeout(0);
                    return peer;
                }
            }
        } catch (IOException | StepFailedException e) {
            closeQuietly(socket);
            throw e instanceof StepFailedException s ? s : new StepFailedException(nick + "'s hello failed: " + e.getMessage(), e);
        }
    }

    /** Sends {@code frame}; blocks while the socket's buffers are full. */
    public void send(ClientFrame frame) throws IOException {
        out.write(ClientFrameCodec.encode(frame));
        out.flush();
    }

    /** Reads and drops everything the server sends from now on, on a daemon thread. */
    public void keepReading() {
        Thread.ofPlatform().daemon().name(nick + " reader").start(() -> {
            try {
                while (in.readLine() != null) {
                    // dropped: a peer that keeps reading only keeps the server from finding it slow
                }
            } catch (IOException e) {
                // closed: nothing more to read
            }
        });
    }

    public String nick() {
        return nick;
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(SSLSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection the server may have closed already
        }
    }
}
