package dev.chatlab.lab02.server;

import dev.chatlab.lab01.cli.ListeningServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

/**
 * A chat/1 server: what lab02 adds to lab01's iterative echo server is serving many clients at once, one
 * virtual thread per connection, all sharing one {@link Room}.
 *
 * <p>{@link #open} binds and listens, so {@link #port()} is known before {@link #serve()} runs the accept
 * loop; {@link #serve()} blocks until {@link #close()}, which stops accepting and closes every connection.
 * Three seams let a later lab reuse the server as it is: the {@link ServerSocketFactory} that makes the
 * listening socket (lab03: TLS), the {@link ConnectionPolicy} that admits and guards each connection
 * (lab03: limits), and the {@link ChatService} its connections talk to (lab02's room; lab04: resumable
 * sessions). Logs go to {@code log}, never to stdout. Thread-safe.
 */
public final class ChatServer implements ListeningServer {

    /** The default bound on the bytes queued for one client: 1 MiB. */
    public static final int DEFAULT_MAX_QUEUE_BYTES = 1 << 20;

    /**
     * Connections the kernel may hold, fully opened, until the accept loop takes them: a crowd that connects at
     * once must not find the queue full (the kernel caps it at net.core.somaxconn; Linux's default is 4096).
     */
    private static final int BACKLOG = 4096;
    /**
     * The kernel's send buffer for each client (Linux doubles it). Left alone, Linux grows it to 4 MiB, where
     * frames wait unseen by the server: a client that reads slowly would fall seconds behind before its
     * {@link OutboundQueue} ever filled up and slowed the senders down.
     */
    static final int SEND_BUFFER_BYTES = 32 * 1024;
    /**
     * The kernel's receive buffer for each client. A reader that stops reading (back-pressure, see {@link Room})
     * must soon stop its client from sending: Linux would otherwise let up to 32 MiB of says wait unread.
     */
    static final int RECEIVE_BUFFER_BYTES = 16 * 1024;

    private final ServerSocket serverSocket;
    private final long maxQueueBytes;
    private final ConnectionPolicy policy;
    private final AcceptBackoff backoff;
    private final PrintStream log;
    private final ChatService service;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openConnections = new AtomicInteger(); // from accept to the end of its thread
    private final CountDownLatch closed = new CountDownLatch(1);

    private ChatServer(ServerSocket serverSocket, long maxQueueBytes, ConnectionPolicy policy, ChatService service,
                       AcceptBackoff backoff, PrintStream log) {
        this.serverSocket = serverSocket;
        this.maxQueueBytes = maxQueueBytes;
        this.policy = policy;
        this.service = service;
        this.backoff = backoff;
        this.log = log;
    }

    /**
     * lab02's server: plain TCP, every connection served, no limit. Binds {@code address} (port 0 picks a free
     * port) and listens. Does not block.
     *
     * @param maxQueueBytes the bytes the server may hold for one client before dropping it as slow (at least 1)
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static ChatServer open(InetSocketAddress address, long maxQueueBytes, PrintStream log)
            throws IOException {
        return open(address, maxQueueBytes, ServerSocketFactory.getDefault(), ConnectionPolicy.UNLIMITED, log);
    }

    /**
     * A server whose listening socket comes from {@code sockets} and whose connections {@code policy} admits
     * and guards. Binds {@code address} (port 0 picks a free port) and listens. Does not block.
     *
     * @param maxQueueBytes the bytes the server may hold for one client before dropping it as slow (at least 1)
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static ChatServer open(InetSocketAddress address, long maxQueueBytes, ServerSocketFactory sockets,
                                  ConnectionPolicy policy, PrintStream log) throws IOException {
        return open(address, maxQueueBytes, sockets, policy, new Room(Clock.systemUTC(), log), log);
    }

    /**
     * A server whose listening socket comes from {@code sockets}, whose connections {@code policy} admits and
     * guards, and whose connections talk to {@code service} instead of lab02's room (lab04: sessions that
     * outlive their connections). Binds {@code address} (port 0 picks a free port) and listens. Does not block.
     *
     * @param maxQueueBytes the bytes the server may hold for one client before dropping it as slow (at least 1)
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static ChatServer open(InetSocketAddress address, long maxQueueBytes, ServerSocketFactory sockets,
                                  ConnectionPolicy policy, ChatService service, PrintStream log) throws IOException {
        return open(address, maxQueueBytes, sockets, policy, service, new AcceptBackoff(log), log);
    }

    /** As the public {@code open}, with the accept loop's {@code backoff} chosen by the caller (a test). */
    static ChatServer open(InetSocketAddress address, long maxQueueBytes, ServerSocketFactory sockets,
                           ConnectionPolicy policy, AcceptBackoff backoff, PrintStream log) throws IOException {
        return open(address, maxQueueBytes, sockets, policy, new Room(Clock.systemUTC(), log), backoff, log);
    }

    private static ChatServer open(InetSocketAddress address, long maxQueueBytes, ServerSocketFactory sockets,
                                   ConnectionPolicy policy, ChatService service, AcceptBackoff backoff,
                                   PrintStream log) throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(sockets, "sockets");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(log, "log");
        if (maxQueueBytes < 1) {
            throw new IllegalArgumentException("Queue bound must be at least 1 byte: " + maxQueueBytes);
        }
        ServerSocket serverSocket = sockets.createServerSocket();
        try {
            serverSocket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES); // before bind: it sizes the TCP window
            serverSocket.bind(address, BACKLOG);
        } catch (IOException | RuntimeException e) {
            serverSocket.close();
            throw e;
        }
        return new ChatServer(serverSocket, maxQueueBytes, policy, service, backoff, log);
    }

    /** The port the server listens on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Accepts connections, each served on its own virtual thread, until {@link #close()}. Blocks until then. */
    public void serve() {
        log.println("chat server: serving " + serverSocket.getLocalSocketAddress() + ", many clients at once");
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

    /** Waits {@code delay} after a failed accept, or less if the server is closed meanwhile. */
    private void pause(Duration delay) {
        try {
            closed.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(); // the accept thread was asked to stop: stop serving
        }
    }

    /** Stops accepting and closes every connection. Does not wait for their threads to end. */
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
