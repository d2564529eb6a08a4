package dev.chatlab.lab04.server;

import dev.chatlab.lab01.cli.ListeningServer;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.server.SecureServer;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * lab04's chat server: lab03's {@link SecureServer} (lab02's accept loop, connections and queues, over TLS
 * 1.3, with lab03's policy: deadlines, logins, token buckets, errors in a row) whose connections talk to a
 * {@link SessionRoom} instead of lab02's room. This class wires the three and owns the timer thread of the
 * heartbeats and of the detached sessions' expiry.
 *
 * <p>{@link #serve()} blocks until {@link #close()}, which stops accepting, closes every connection, the
 * policy's deadlines and the timers. Thread-safe.
 */
public final class ReconnectServer implements ListeningServer {

    private final SecureServer server;
    private final SessionRoom room;
    private final ScheduledThreadPoolExecutor timers;

    private ReconnectServer(SecureServer server, SessionRoom room, ScheduledThreadPoolExecutor timers) {
        this.server = server;
        this.room = room;
        this.timers = timers;
    }

    /**
     * Binds {@code address} (port 0 picks a free port) and listens for TLS connections. Does not block. The
     * server owns {@code policy} from now on and closes it, also when it cannot bind.
     *
     * @param maxQueueBytes the bytes the server may hold for one client before dropping it as slow (at least 1)
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static ReconnectServer open(InetSocketAddress address, long maxQueueBytes, ServerTls tls,
                                       SecurePolicy policy, SessionSettings settings, PrintStream log)
            throws IOException {
        return open(address, maxQueueBytes, tls, policy, settings, ServerParts.REFERENCE, log);
    }

    /**
     * The same server with other {@code parts}: cid tables, history or expiry of its own ({@link ServerParts}).
     *
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static ReconnectServer open(InetSocketAddress address, long maxQueueBytes, ServerTls tls,
                                       SecurePolicy policy, SessionSettings settings, ServerParts parts,
                                       PrintStream log) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(parts, "parts");
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("heartbeats and resume windows").factory());
        timers.setRemoveOnCancelPolicy(true); // a stopped heartbeat or expiry leaves the queue at once
        SessionRoom room = new SessionRoom(settings, parts, timers, Clock.systemUTC(), System::nanoTime, log);
        try {
            return new ReconnectServer(SecureServer.open(address, maxQueueBytes, tls, policy, room, log), room, timers);
        } catch (IOException | RuntimeException e) {
            timers.shutdownNow();
            throw e;
        }
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void serve() {
        server.serve();
    }

    /**
     * What the server holds now: sessions, members, attached connections, cids, history, and the heartbeats and
     * expiry timers waiting on the timer thread. For tests that check that an ended session frees everything.
     */
    public SessionStats stats() {
        return room.stats().withTimerTasks(timers.getQueue().size());
    }

    @Override
    public void close() {
        server.close();
        timers.shutdownNow();
    }
}
