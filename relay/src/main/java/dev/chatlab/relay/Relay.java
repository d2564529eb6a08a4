package dev.chatlab.relay;

import dev.chatlab.lab01.cli.ListeningServer;
import dev.chatlab.relay.event.EventLog;
import dev.chatlab.relay.event.RelayEvent;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.FaultRandom;
import dev.chatlab.relay.link.LinkContext;
import dev.chatlab.relay.link.LinkTable;
import dev.chatlab.relay.link.RelayLink;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay on 127.0.0.1 that forwards every accepted connection to one target on this machine, and breaks
 * those connections on purpose through its {@link #faults()}.
 *
 * <p>{@link #open} binds, so {@link #port()} is known before {@link #serve()} runs the accept loop (or
 * {@link #start} does both, serving on a virtual thread). Each accepted client becomes a {@link RelayLink} once
 * its connection to the target is made (only then is the link "opened": faults reach it from there on); a client
 * the target refuses is reset. Every link and fault is recorded in {@link #events()} and printed to {@code log}. {@link #close()} stops accepting and closes every link.
 * Thread-safe.
 */
public final class Relay implements ListeningServer {

    private static final int BACKLOG = 50;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final Duration ACCEPT_RETRY = Duration.ofMillis(100);

    private final ServerSocket serverSocket;
    private final RelayConfig config;
    private final EventLog events;
    private final LinkTable links = new LinkTable();
    private final RelayFaults faults;
    private final LinkContext context;
    private final List<AutoCloseable> closeWith = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private Relay(ServerSocket serverSocket, RelayConfig config, PrintStream log) {
        this.serverSocket = serverSocket;
        this.config = config;
        this.events = new EventLog(EventLog.DEFAULT_CAPACITY, log);
        events.subscribe(event -> log.println("relay: " + event.transcriptLine()));
        FaultRandom random = new FaultRandom(config.seed());
        this.faults = new RelayFaults(links, events, random);
        this.context = new LinkContext(events, faults::shaping, random, config.captureLimit(), config.bufferLimit(),
                links::closed);
    }

    /**
     * Binds 127.0.0.1 on {@code config.listenPort()} (0 picks a free port) and listens. Does not block.
     *
     * @throws IOException if the port cannot be bound
     */
    public static Relay open(RelayConfig config, PrintStream log) throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(log, "log");
        ServerSocket serverSocket = new ServerSocket();
        try {
            serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.listenPort()), BACKLOG);
        } catch (IOException | RuntimeException e) {
            serverSocket.close();
            throw e;
        }
        Relay relay = new Relay(serverSocket, config, log);
        relay.events.notice("relaying 127.0.0.1:" + relay.port() + " to " + config.target().getAddress().getHostAddress()
                + ":" + config.target().getPort() + " (seed " + config.seed() + ")");
        return relay;
    }

    /** {@link #open}s a relay and serves it on a virtual thread until {@link #close()}. */
    public static Relay start(RelayConfig config, PrintStream log) throws IOException {
        Relay relay = open(config, log);
        Thread.ofVirtual().name("relay accept " + relay.port()).start(() -> {
            try {
                relay.serve();
            } catch (IOException e) {
                relay.events.notice("the listening socket failed: " + e.getMessage());
                relay.close();
            }
        });
        return relay;
    }

    @Override
    public int port() {
        return serverSocket.getLocalPort();
    }

    public RelayConfig config() {
        return config;
    }

    /** The seed every random choice of this relay derives from: pass it to {@code --seed} to replay a run. */
    public long seed() {
        return config.seed();
    }

    public RelayFaults faults() {
        return faults;
    }

    public LinkTable links() {
        return links;
    }

    public EventLog events() {
        return events;
    }

    /**
     * Accepts connections until {@link #close()}; blocks until then.
     *
     * @throws IOException if the listening socket itself fails
     */
    @Override
    public void serve() throws IOException {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                if (faults.refusing()) {
                    refuse(client);
                } else {
                    Thread.ofVirtual().name("relay connect").start(() -> connect(client));
                }
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return; // 1. closed by close(): the normal way to stop
                }
                events.notice("accept failed: " + e.getMessage()); // 2. this attempt only: wait a little, go on
                if (awaitClosed(ACCEPT_RETRY)) {
                    return;
                }
            } catch (RuntimeException e) {
                events.notice("BUG in the accept loop: " + e); // 3. unexpected: say so loudly, keep serving
                e.printStackTrace(System.err);
            }
        }
    }

    private void refuse(Socket client) throws IOException {
        events.fault("refused a connection from " + client.getInetAddress().getHostAddress() + ":" + client.getPort());
        client.setSoLinger(true, 0); // reset: what a client of a server that is down gets
        client.close();
    }

    /** Connects {@code client} to the target and starts its link; resets the client if the target refuses. */
    private void connect(Socket client) {
        int id = links.nextId();
        Socket server = new Socket();
        try {
            server.connect(config.target(), CONNECT_TIMEOUT_MILLIS);
            client.setTcpNoDelay(true); // a relay must not add Nagle's delay to what it forwards
            server.setTcpNoDelay(true);
        } catch (IOException e) {
            closeQuietly(server);
            events.record(at -> new RelayEvent.LinkClosed(at, id, "target unreachable: " + e.getMessage(), 0, 0));
            resetQuietly(client);
            return;
        }
        RelayLink link = new RelayLink(id, client, server, context);
        links.add(link);
        events.record(at -> new RelayEvent.LinkOpened(at, id, link.client())); // from here on, faults reach it
        try {
            faults.armNextLinkFlips(link);
        } catch (IllegalStateException e) {
            events.notice("link " + id + ": " + e.getMessage());
        }
        link.start();
        if (isClosed()) {
            link.close("relay closed", CutMode.CLOSE); // close() ran while this link was connecting
        }
    }

    /** Closes {@code resource} when this relay closes (a script or a chaos run on it). */
    public void closeWith(AutoCloseable resource) {
        closeWith.add(Objects.requireNonNull(resource, "resource"));
        if (isClosed()) {
            closeQuietly(resource);
        }
    }

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Blocks until the relay is closed or {@code timeout} has passed; true if it is closed. */
    public boolean awaitClosed(Duration timeout) {
        try {
            return closed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isClosed();
        }
    }

    /** The relay's state in a few lines: its faults and every open link. */
    public String status() {
        StringBuilder status = new StringBuilder("seed " + seed() + "; " + faults.describe());
        List<RelayLink> open = links.open();
        status.append("; ").append(open.size()).append(open.size() == 1 ? " open link" : " open links");
        open.forEach(link -> status.append(System.lineSeparator()).append("  ").append(link.describe()));
        return status.toString();
    }

    /** Stops accepting, closes every link and whatever was registered with {@link #closeWith}. Idempotent. */
    @Override
    public void close() {
        synchronized (closed) {
            if (isClosed()) {
                return;
            }
            closed.countDown();
        }
        closeQuietly(serverSocket);
        closeWith.forEach(Relay::closeQuietly);
        links.open().forEach(link -> link.close("relay closed", CutMode.CLOSE));
        events.notice("closed");
    }

    private static void resetQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already broken: the close below is all that is left
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // closing is best effort at this point: the relay or the link is going away anyway
        }
    }
}
