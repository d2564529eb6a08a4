package dev.chatlab.grader.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A server played by the grader on 127.0.0.1, so that a client under test can be checked against exactly
 * the bytes the grader chooses to send. Each accepted connection is named {@code fake server} in the
 * transcript.
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

    /** Waits at most {@code timeout} for the client under test to connect. */
    public Connection accept(Duration timeout) throws IOException {
        serverSocket.setSoTimeout((int) timeout.toMillis());
        Socket socket;
        try {
            socket = serverSocket.accept();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("expected the client to connect within " + Connection.show(timeout)
                    + ", but it did not");
        }
        transcript.note("fake server", "accepts a connection");
        return owner.register(new Connection(socket, "fake server", transcript));
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
