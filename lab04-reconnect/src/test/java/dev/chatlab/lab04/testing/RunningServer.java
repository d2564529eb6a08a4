package dev.chatlab.lab04.testing;

import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab04.server.ReconnectServer;
import dev.chatlab.lab04.server.ServerParts;
import dev.chatlab.lab04.server.SessionSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A lab04 server on 127.0.0.1, an ephemeral port, TLS from {@link TestTls}, serving on its own thread. */
public final class RunningServer implements AutoCloseable {

    private final ReconnectServer server;
    private final Thread thread;
    public final LogLines log = new LogLines();

    public RunningServer(TestTls tls, SessionSettings settings) throws Exception {
        this(tls, settings, ServerParts.REFERENCE);
    }

    /** The same server assembled from other {@code parts}. */
    public RunningServer(TestTls tls, SessionSettings settings, ServerParts parts) throws Exception {
        this(tls, settings, parts, 1 << 20, AbuseLimits.CONTRACT);
    }

    /** The same server holding at most {@code maxQueueBytes} for a client, with other abuse {@code limits}. */
    public RunningServer(TestTls tls, SessionSettings settings, long maxQueueBytes, AbuseLimits limits)
            throws Exception {
        this(tls, settings, ServerParts.REFERENCE, maxQueueBytes, limits);
    }

    private RunningServer(TestTls tls, SessionSettings settings, ServerParts parts, long maxQueueBytes,
                          AbuseLimits limits) throws Exception {
        server = ReconnectServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), maxQueueBytes,
                tls.server(), SecurePolicy.withoutAccounts(limits, log), settings, parts, log);
        thread = Thread.ofVirtual().name("test server").start(server::serve);
    }

    public int port() {
        return server.port();
    }

    public ReconnectServer server() {
        return server;
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        thread.join(5000);
    }
}
