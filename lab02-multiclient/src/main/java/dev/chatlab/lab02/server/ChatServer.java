package dev.chatlab.lab02.server;

import dev.chatlab.lab01.cli.ListeningServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Objects;
import javax.net.ServerSocketFactory;

/**
 * A chat/1 server: what lab02 adds to lab01's iterative echo server is serving many clients at once, one
 * virtual thread per connection, all sharing one {@link Room}.
 *
 * <p>This class is the server's lifecycle: {@link #open} binds and listens, so {@link #port()} is known before
 * {@link #serve()} runs the {@link AcceptLoop}; {@link #serve()} blocks until {@link #close()}, which stops
 * accepting and closes every connection.
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
     * The kernel's receive buffer for each client. A reader that stops reading (back-pressure, see
     * {@link OutboundBackPressure}) must soon stop its client from sending: Linux would otherwise let up to
     * 32 MiB of says wait unread.
     */
    static final int RECEIVE_BUFFER_BYTES = 16 * 1024;

    private final ServerSocket serverSocket;
    private final AcceptLoop acceptLoop;
    private final PrintStream log;

    private ChatServer(ServerSocket serverSocket, AcceptLoop acceptLoop, PrintStream log) {
        this.serverSocket = serverSocket;
        this.acceptLoop = acceptLoop;
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
        // The layers, from the socket up: each accepted socket gets a ClientConnection (framing, its queue, the
        // policy's guard), which the service attaches a FrameHandler to (lab02: a Session in the Room).
        return new ChatServer(serverSocket,
                new AcceptLoop(serverSocket, maxQueueBytes, policy, service, backoff, log), log);
    }

    /** The port the server listens on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Accepts connections, each served on its own virtual thread, until {@link #close()}. Blocks until then. */
    public void serve() {
        log.println("chat server: serving " + serverSocket.getLocalSocketAddress() + ", many clients at once");
        acceptLoop.serve();
    }

    /** Stops accepting and closes every connection. Does not wait for their threads to end. */
    @Override
    public void close() {
        acceptLoop.close();
    }
}
