package dev.chatlab.grader.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A server played by the grader on 127.0.0.1, so that a client under test can be checked against exactly
 * the bytes the grader chooses to send. It serves over the target's transport: over TLS it presents the run's
 * server certificate, which the client under test trusts through its {@code --ca}. Each accepted connection
 * is named {@code fake server} in the transcript.
 */
public final class FakeServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final Harness owner;
    private final Transcript transcript;

    FakeServer(Harness owner) throws IOException {
        this.owner = owner;
        this.transcript = owner.transcript();
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        transcript.note("fake server", "listens on port " + serverSocket.getLocalPort());
    }

    /** The port the client under test should connect to. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * Waits at most {@code timeout} for the client under test to connect and, over TLS, for its handshake;
     * fails the check if it does not connect or the handshake fails.
     */
    public Connection accept(Duration timeout) throws IOException {
        serverSocket.setSoTimeout((int) timeout.toMillis());
        Socket tcp;
        try {
            tcp = serverSocket.accept();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected the client to connect within " + Connection.show(timeout)
                    + ", but it did not");
        }
        transcript.note("fake server", "accepts a connection");
        Socket socket = Handshakes.secure(owner.transport()::asServer, tcp, "fake server", "the client", transcript);
        return owner.register(new Connection(tcp, socket, "fake server", transcript));
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
