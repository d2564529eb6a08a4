package dev.chatlab.grader.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A server played by the grader on 127.0.0.1, so that a client under test can be checked against exactly
 * the bytes the grader chooses to send. It serves over the target's transport: over TLS it presents the run's
 * server certificate, which the client under test trusts through its {@code --ca}. Each accepted connection
 * is named {@code fake server} in the transcript.
 */
public final class FakeServer implements AutoCloseable {

    /** How often a wait for a client that may give up asks whether it has. */
    private static final Duration GAVE_UP_POLL = Duration.ofSeconds(1);
    private static final Supplier<Optional<String>> NEVER_GIVES_UP = Optional::empty;

    private final ServerSocket serverSocket;
    private final Harness owner;
    private final Handshakes.Side side;
    private final Transcript transcript;

    FakeServer(Harness owner, Handshakes.Side side) throws IOException {
        this.owner = owner;
        this.side = side;
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
        return accept(timeout, NEVER_GIVES_UP);
    }

    /**
     * Waits as {@link #accept(Duration)} does, but asks {@code gaveUp} every second while no client has
     * connected: once it names a reason (a desktop client's dialog that shows an error instead of connecting),
     * the check fails at once with it, not at the end of {@code timeout}.
     */
    public Connection accept(Duration timeout, Supplier<Optional<String>> gaveUp) throws IOException {
        Socket tcp = acceptTcp(timeout, gaveUp);
        Socket socket = Handshakes.secure(side, tcp, "fake server", "the client", transcript);
        return owner.register(new Connection(tcp, socket, "fake server", transcript));
    }

    /**
     * Waits as {@link #accept} does, but a failed handshake is an answer, not a failure: returns the connection
     * if the handshake succeeded, or empty (the reason in the transcript) if it failed. For a client that must
     * refuse the server's certificate or protocol.
     */
    public Optional<Connection> acceptUnlessRefused(Duration timeout) throws IOException {
        return acceptUnlessRefused(timeout, NEVER_GIVES_UP);
    }

    /** {@link #acceptUnlessRefused(Duration)}, failing at once when {@code gaveUp} names a reason (see {@link #accept}). */
    public Optional<Connection> acceptUnlessRefused(Duration timeout, Supplier<Optional<String>> gaveUp)
            throws IOException {
        Socket tcp = acceptTcp(timeout, gaveUp);
        try {
            Socket socket = side.secure(tcp, Handshakes.TIMEOUT);
            transcript.note("fake server", "completes a handshake");
            return Optional.of(owner.register(new Connection(tcp, socket, "fake server", transcript)));
        } catch (IOException e) {
            tcp.close();
            transcript.note("fake server", "sees the handshake fail: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Waits at most {@code timeout} for the client under test to connect, and resets the connection at once,
     * before any handshake: what a client of a server that is down, or refusing, gets. Fails the check if the
     * client does not connect in time.
     */
    public void resetNext(Duration timeout) throws IOException {
        Socket tcp = acceptTcp(timeout, NEVER_GIVES_UP);
        tcp.setSoLinger(true, 0);
        tcp.close();
        transcript.note("fake server", "resets the connection (SO_LINGER 0)");
    }

    private Socket acceptTcp(Duration timeout, Supplier<Optional<String>> gaveUp) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Socket tcp = null;
        while (tcp == null) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new AssertionError("expected the client to connect within " + Connection.show(timeout)
                        + ", but it did not");
            }
            serverSocket.setSoTimeout((int) Math.min(GAVE_UP_POLL.toMillis(), left));
            try {
                tcp = serverSocket.accept();
            } catch (SocketTimeoutException e) {
                Optional<String> reason = gaveUp.get();
                if (reason.isPresent()) {
                    throw new AssertionError("expected the client to connect within " + Connection.show(timeout)
                            + ", but it gave up: " + reason.get());
                }
            }
        }
        transcript.note("fake server", "accepts a connection");
        owner.register(tcp);
        return tcp;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
