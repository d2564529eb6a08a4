package dev.chatlab.lab01.echo;

import dev.chatlab.lab01.cli.ListeningServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Objects;

/**
 * A blocking TCP echo server that serves one client at a time: the starting point every later lab builds on.
 *
 * <p>{@link #open} binds and listens, so {@link #port()} is known and clients can connect (the kernel queues
 * them in the backlog) before {@link #serve()} runs the accept loop: take the next client, echo every byte
 * until it half-closes, close it, repeat. {@link #close()} ends the loop from any thread. A failing client
 * costs only its own connection. Logs go to {@code log}, never to stdout.
 */
public final class EchoServer implements ListeningServer {

    private static final int BACKLOG = 50;       // handshakes the kernel queues while we serve one client
    private static final int BUFFER_SIZE = 8192; // the most one read takes; it returns once 1 byte is there

    private final ServerSocket serverSocket;
    private final PrintStream log;
    private Socket current; // the client being served, for close() to close; guarded by this

    private EchoServer(ServerSocket serverSocket, PrintStream log) {
        this.serverSocket = serverSocket;
        this.log = log;
    }

    /**
     * Binds {@code address} (port 0 picks a free port) and listens. Does not block: clients that connect
     * from now on wait in the backlog until {@link #serve()} accepts them.
     *
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static EchoServer open(InetSocketAddress address, PrintStream log) throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(log, "log");
        // BEGIN SOLUTION: bind the server socket and listen
        ServerSocket serverSocket = new ServerSocket(); // socket(): not bound to any address yet
        try {
            serverSocket.bind(address, BACKLOG);        // bind() then listen(): clients can connect from here on
        } catch (IOException | RuntimeException e) {
            serverSocket.close();
            throw e;
        }
        return new EchoServer(serverSocket, log);
        // END SOLUTION
    }

    /** The local port the server listens on: the one asked for, or the one the system picked for port 0. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * Serves clients one at a time, blocking until {@link #close()} is called; then returns normally.
     *
     * @throws IOException if the listening socket itself fails (a failing client never stops the server)
     */
    public void serve() throws IOException {
        log("serving " + address(serverSocket.getInetAddress(), port()) + ", one client at a time");
        // BEGIN SOLUTION: accept clients one at a time
        while (true) {
            Socket client;
            try {
                client = serverSocket.accept();             // blocks until a client is in the backlog
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return;                                 // tier 1: close() was called, a normal stop
                }
                throw e;                                    // the listening socket itself failed
            }
            String peer = address(client.getInetAddress(), client.getPort());
            try (client) {                                  // closes the connection whatever happens below
                if (!attach(client)) {
                    return;                                 // close() was called just after accept()
                }
                log(peer + " connected");
                long echoed = echo(client);
                log(peer + " half-closed after " + echoed + " bytes; closing");
            } catch (IOException e) {
                log(peer + " failed: " + e.getMessage());  // tier 2: this client only; serve the next one
            } catch (RuntimeException e) {
                log(peer + " hit a bug in the server: " + e); // tier 3: unexpected, so log it loudly
                e.printStackTrace(log);
            } finally {
                detach();
            }
        }
        // END SOLUTION
    }

    /** Echoes every byte {@code client} sends, as it arrives, until the client half-closes; returns the count. */
    private static long echo(Socket client) throws IOException {
        // BEGIN SOLUTION: echo every byte until the client half-closes
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        byte[] buffer = new byte[BUFFER_SIZE];
        long echoed = 0;
        int count;
        while ((count = in.read(buffer)) != -1) {  // blocks until 1..8192 bytes arrive; -1 = half-closed
            out.write(buffer, 0, count);            // sends exactly what was read, at once: no newline needed
            echoed += count;
        }
        return echoed;
        // END SOLUTION
    }

    /** Stops accepting and closes the current client's connection, so {@link #serve()} returns. Idempotent. */
    @Override
    public synchronized void close() {
        if (serverSocket.isClosed()) {
            return;
        }
        log("closing");
        try {
            serverSocket.close();
            if (current != null) {
                current.close();
            }
        } catch (IOException e) {
            log("could not close cleanly: " + e.getMessage());
        }
    }

    /** Makes {@code client} the one {@link #close()} closes; false if the server is already closed. */
    private synchronized boolean attach(Socket client) {
        current = client;
        return !serverSocket.isClosed();
    }

    private synchronized void detach() {
        current = null;
    }

    private void log(String message) {
        log.println("echo server: " + message);
    }

    private static String address(InetAddress host, int port) {
        return host.getHostAddress() + ":" + port;
    }
}
