package dev.chatlab.lab04.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small TCP relay for tests: forwards every connection to a target port, and can cut every link (close both
 * sockets: the peers see an end of stream or a reset) or stall them (stop forwarding, sockets left open: a
 * half-open connection, which only a heartbeat detects). New links after a stall forward normally.
 */
public final class TestRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    private record Link(Socket client, Socket server, boolean[] stalled) {
        void close() {
            synchronized (this) {
                stalled[0] = false; // wakes a stalled pump, which then finds its sockets closed
                notifyAll();
            }
            try {
                client.close();
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    public TestRelay(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("relay accept").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing) {
                    client.setSoLinger(true, 0);
                    client.close(); // a server that is down: the connection is reset at once
                    continue;
                }
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5000);
                Link link = new Link(client, server, new boolean[1]);
                links.add(link);
                Thread.ofVirtual().start(() -> pump(link, client, server));
                Thread.ofVirtual().start(() -> pump(link, server, client));
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Link link, Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (link) {
                    while (link.stalled()[0]) {
                        link.wait(); // held: nothing goes through, nothing is closed
                    }
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // cut
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        links.remove(link);
        link.close();
    }

    /** Closes every open link. */
    public void cutAll() {
        links.forEach(Link::close);
        links.clear();
    }

    /** Stops forwarding on every open link, leaving its sockets open. */
    public void stallAll() {
        for (Link link : links) {
            synchronized (link) {
                link.stalled()[0] = true;
            }
        }
    }

    /** While {@code refusing}, every new connection is reset at once. */
    public void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    /** Links open now. */
    public int openLinks() {
        return links.size();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
    }
}
