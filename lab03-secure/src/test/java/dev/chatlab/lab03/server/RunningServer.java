package dev.chatlab.lab03.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.chatlab.lab02.server.ChatServer;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.pki.TestPki;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link SecureServer} on 127.0.0.1, port 0, with {@link TestPki#SERVER}'s certificate, serving on a thread
 * of its own; its log is kept for the test to read.
 */
final class RunningServer implements AutoCloseable {

    /** The contract's limits, but a burst that never refills during a test: 20 tokens, then 1 per 1000 s. */
    static final AbuseLimits LIMITS = new AbuseLimits(AbuseLimits.DEFAULT_MAX_CONNECTIONS, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 0.001, 20, 10);

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final SecureServer server;
    private final Thread serving;

    private RunningServer(Function<PrintStream, SecurePolicy> policy) throws IOException, GeneralSecurityException {
        PrintStream log = new PrintStream(logBytes, true, UTF_8);
        server = SecureServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES, ServerTls.of(TestPki.SERVER, List.of(), ClientAuth.NONE),
                policy.apply(log), log);
        serving = Thread.ofPlatform().name("secure server").start(server::serve);
    }

    /** A server without accounts, with {@code limits}. */
    static RunningServer start(AbuseLimits limits) throws IOException, GeneralSecurityException {
        return new RunningServer(log -> SecurePolicy.withoutAccounts(limits, log));
    }

    /** A server whose policy {@code policy} makes from the server's log. */
    static RunningServer start(Function<PrintStream, SecurePolicy> policy) throws IOException, GeneralSecurityException {
        return new RunningServer(policy);
    }

    int port() {
        return server.port();
    }

    String log() {
        return logBytes.toString(UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        serving.join(5_000);
    }
}
