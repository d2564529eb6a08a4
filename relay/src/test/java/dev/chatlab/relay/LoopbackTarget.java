package dev.chatlab.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The far end of a relay in a test: a server on 127.0.0.1 that hands each accepted socket to the test, so the
 * test holds both ends of every link. {@link #connect} opens a client through a relay and returns both ends.
 */
public final class LoopbackTarget implements AutoCloseable {

    /** The relay's log in tests: its lines would only clutter the build's output. */
    public static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** Both ends of one link: the client's socket and the target's accepted one, each with a 10 s read timeout. */
    public record Ends(Socket client, Socket server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try (client; server) {
                // both closed, even if one fails
            }
        }
    }

    private final ServerSocket serverSocket;
    private final LinkedBlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    private final List<Socket> all = new CopyOnWriteArrayList<>();

    private LoopbackTarget(ServerSocket serverSocket) {
        this.serverSocket = serverSocket;
        Thread.ofVirtual().name("target accept").start(this::acceptLoop);
    }

    public static LoopbackTarget start() throws IOException {
        return new LoopbackTarget(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** A relay to this target, capturing up to {@code capture} bytes per direction, with a fixed seed. */
    public Relay relay(int capture) throws IOException {
        return Relay.start(RelayConfig.to(port()).withSeed(42).withCapture(capture), QUIET);
    }

    private void acceptLoop() {
        try {
            while (true) {
                Socket socket = serverSocket.accept();
                all.add(socket);
                accepted.add(socket);
            }
        } catch (IOException e) {
            // closed: the test is over
        }
    }

    /** Connects a client to {@code relay} and waits (at most 10 s) for the target to accept its link. */
    public Ends connect(Relay relay) throws IOException, InterruptedException {
        Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.port());
        all.add(client);
        client.setSoTimeout(10_000);
        Socket server = accepted.poll(10, TimeUnit.SECONDS);
        assertThat(server).as("the target accepted the relayed connection").isNotNull();
        server.setSoTimeout(10_000);
        return new Ends(client, server);
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket socket : all) {
            socket.close();
        }
    }
}
