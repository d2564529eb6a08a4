package dev.chatlab.lab02.server;

import dev.chatlab.lab01.cli.ListeningServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chat/1 server: what lab02 adds to lab01's iterative echo server is serving many clients at once, one
 * virtual thread per connection, all sharing one {@link Room}.
 *
 * <p>{@link #open} binds and listens, so {@link #port()} is known before {@link #serve()} runs the accept
 * loop; {@link #serve()} blocks until {@link #close()}, which stops accepting and closes every connection.
 * Logs go to {@code log}, never to stdout. Thread-safe.
 */
public final class ChatServer implements ListeningServer {

    /** The default bound on the bytes queued for one client: 1 MiB. */
    public static final int DEFAULT_MAX_QUEUE_BYTES = 1 << 20;

    private static final int BACKLOG = 50;

    private final ServerSocket serverSocket;
    private final long maxQueueBytes;
    private final PrintStream log;
    private final Room room;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();

    private ChatServer(ServerSocket serverSocket, long maxQueueBytes, PrintStream log) {
        this.serverSocket = serverSocket;
        this.maxQueueBytes = maxQueueBytes;
        this.log = log;
        this.room = new Room(Clock.systemUTC(), log);
    }

    /**
     * Binds {@code address} (port 0 picks a free port) and listens. Does not block.
     *
     * @param maxQueueBytes the bytes the server may hold for one client before dropping it as slow (at least 1)
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static ChatServer open(InetSocketAddress address, long maxQueueBytes, PrintStream log)
            throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(log, "log");
        if (maxQueueBytes < 1) {
            throw new IllegalArgumentException("Queue bound must be at least 1 byte: " + maxQueueBytes);
        }
        ServerSocket serverSocket = new ServerSocket();
        try {
            serverSocket.bind(address, BACKLOG);
        } catch (IOException | RuntimeException e) {
            serverSocket.close();
            throw e;
        }
        return new ChatServer(serverSocket, maxQueueBytes, log);
    }

    /** The port the server listens on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Accepts connections, each served on its own virtual thread, until {@link #close()}. Blocks until then. */
    public void serve() {
        log.println("chat server: serving " + serverSocket.getLocalSocketAddress() + ", many clients at once");
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                try {
                    start(socket);
                } catch (IOException | RuntimeException e) {
                    socket.close();
                    throw e;
                }
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return; // 1. closed by close(): the normal way to stop
                }
                log.println("chat server: accepting a connection failed: " + e); // 2. that client only
            } catch (RuntimeException e) {
                log.println("chat server: bug in the accept loop: " + e);         // 3. unexpected: say so loudly
                e.printStackTrace(log);
            }
        }
    }

    private void start(Socket socket) throws IOException {
        socket.setTcpNoDelay(true); // chat frames are small and should leave at once
        ClientConnection connection = new ClientConnection(socket, room, maxQueueBytes, log);
        connections.add(connection);
        if (serverSocket.isClosed()) {
            connection.close(); // close() ran while this one was being accepted
        }
        Thread.ofVirtual().name("reader " + socket.getRemoteSocketAddress()).start(() -> {
            try {
                connection.run();
            } finally {
                connections.remove(connection);
            }
        });
    }

    /** Stops accepting and closes every connection. Does not wait for their threads to end. */
    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            log.println("chat server: closing the server socket failed: " + e);
        }
        connections.forEach(ClientConnection::close);
    }
}
