package dev.chatlab.lab02.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accept loop of a {@link ChatServer}: takes each connection from the listening socket, asks the
 * {@link ConnectionPolicy} whether to serve it, and serves it on a virtual thread of its own as a
 * {@link ClientConnection}. The loop has three tiers of failure: a closed server socket is the normal way to
 * stop; an {@link IOException} of accept costs a pause ({@link AcceptBackoff}), of a connection's setup only
 * that client; anything else is a bug, logged loudly. It keeps the connections it started, so that
 * {@link #close()} can close them. Thread-safe.
 */
final class AcceptLoop implements AutoCloseable {

    /**
     * The kernel's send buffer for each client (Linux doubles it). Left alone, Linux grows it to 4 MiB, where
     * frames wait unseen by the server: a client that reads slowly would fall seconds behind before its
     * {@link OutboundQueue} ever filled up and slowed the senders down.
     */
    static final int SEND_BUFFER_BYTES = 32 * 1024;

    private final ServerSocket serverSocket;
    private final long maxQueueBytes;
    private final ConnectionPolicy policy;
    private final ChatService service;
    private final AcceptBackoff backoff;
    private final PrintStream log;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openConnections = new AtomicInteger(); // from accept to the end of its thread
    private final CountDownLatch closed = new CountDownLatch(1);

    /** A loop on the bound {@code serverSocket}; every argument is checked by {@link ChatServer}'s {@code open}. */
    AcceptLoop(ServerSocket serverSocket, long maxQueueBytes, ConnectionPolicy policy, ChatService service,
               AcceptBackoff backoff, PrintStream log) {
        this.serverSocket = serverSocket;
        this.maxQueueBytes = maxQueueBytes;
        this.policy = policy;
        this.service = service;
        this.backoff = backoff;
        this.log = log;
    }

    /** Accepts connections, each served on its own virtual thread, until {@link #close()}. Blocks until then. */
    void serve() {
        // BEGIN SOLUTION: accept connections until close(), in three tiers, backing off when accept fails
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                backoff.succeeded();
                admit(socket);
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return; // 1. closed by close(): the normal way to stop
                }
                pause(backoff.failed(e)); // 2. accept failed (no file descriptor left...): wait, log little
            } catch (RuntimeException e) {
                log.println("chat server: bug in the accept loop: " + e); // 3. unexpected: say so loudly
                e.printStackTrace(log);
            }
        }
        // END SOLUTION
    }

    /** Serves {@code socket} on a thread of its own if the policy admits it; otherwise closes it at once. */
    private void admit(Socket socket) {
        int open = openConnections.incrementAndGet(); // this one included
        boolean started = false;
        try {
            if (policy.admits(open)) {
                start(socket);
                started = true;
            }
        } catch (IOException e) {
            log.println("chat server: setting up " + socket.getRemoteSocketAddress() + " failed: " + e); // that client only
        } finally {
            if (!started) {
                openConnections.decrementAndGet();
                closeUnserved(socket);
            }
        }
    }

    private void closeUnserved(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            log.println("chat server: closing " + socket.getRemoteSocketAddress() + " failed: " + e);
        }
    }

    /** Wires the layers of one connection (socket, queue, guard, the service's handler) and starts its reader. */
    private void start(Socket socket) throws IOException {
        socket.setTcpNoDelay(true); // chat frames are small and should leave at once
        socket.setSendBufferSize(SEND_BUFFER_BYTES); // what the kernel holds for a client is bounded too
        ClientConnection connection = new ClientConnection(socket, service, maxQueueBytes, policy, log);
        connections.add(connection);
        if (serverSocket.isClosed()) {
            connection.close(); // close() ran while this one was being accepted
        }
        // BEGIN SOLUTION: serve the connection on a virtual thread of its own, and forget it when that thread ends
        Thread.ofVirtual().name("reader " + socket.getRemoteSocketAddress()).start(() -> {
            try {
                connection.run();
            } finally {
                connections.remove(connection);
                openConnections.decrementAndGet();
            }
        });
        // END SOLUTION
    }

    /** Waits {@code delay} after a failed accept, or less if the loop is closed meanwhile. */
    private void pause(Duration delay) {
        try {
            closed.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(); // the accept thread was asked to stop: stop serving
        }
    }

    /**
     * Stops accepting (closing the server socket makes a blocked {@code accept()} throw: tier 1) and closes every
     * connection. Does not wait for their threads to end. Safe to call more than once, from any thread.
     */
    @Override
    public void close() {
        closed.countDown();
        try {
            serverSocket.close();
        } catch (IOException e) {
            log.println("chat server: closing the server socket failed: " + e);
        }
        connections.forEach(ClientConnection::close);
    }
}
