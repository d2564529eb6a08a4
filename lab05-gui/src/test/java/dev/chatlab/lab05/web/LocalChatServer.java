package dev.chatlab.lab05.web;

import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab03.tls.ServerTls;
import dev.chatlab.lab04.server.ReconnectServer;
import dev.chatlab.lab04.server.SessionSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A lab04 server in this JVM on 127.0.0.1 and an ephemeral port, with a kit CA made in a test's own folder
 * (never the real CHATLAB_HOME); its log is dropped unless {@code chatlab.test.log} is set.
 */
final class LocalChatServer implements AutoCloseable {

    private final ClientTls clientTls;
    private final Path caFile;
    private final ReconnectServer server;
    private final Thread thread;

    LocalChatServer(Path home, SessionSettings settings) throws Exception {
        KitCertificates.ServerFiles files = KitCertificates.inHome(home).serverFiles(Clock.systemUTC());
        ServerTls serverTls = ServerTls.fromPem(files.serverCertificate(), files.serverKey(), null, ClientAuth.NONE);
        caFile = files.caCertificate();
        clientTls = ClientTls.fromPem(caFile, null, null);
        PrintStream log = Boolean.getBoolean("chatlab.test.log") ? System.err : new PrintStream(OutputStream.nullOutputStream());
        server = ReconnectServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1 << 20, serverTls,
                SecurePolicy.withoutAccounts(AbuseLimits.CONTRACT, log), settings, log);
        thread = Thread.ofVirtual().name("test chat server").start(server::serve);
    }

    /** The contract's settings: heartbeat 5 s, resume 30 s, 10000 frames of history. */
    static SessionSettings contract() {
        return new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 10_000);
    }

    int port() {
        return server.port();
    }

    Path caFile() {
        return caFile;
    }

    /** lab03's TLS connector to this server, or to a relay in front of it on {@code port}. */
    TlsConnector connector(int port) {
        return new TlsConnector(clientTls, "127.0.0.1", port);
    }

    /** The gateway's settings for this server (or a relay on {@code port}). */
    GatewaySettings gatewaySettings(int port, int maxConnections, long maxQueueBytes) {
        return new GatewaySettings(connector(port), "127.0.0.1:" + port, maxConnections, maxQueueBytes,
                Duration.ofSeconds(5));
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        thread.join(5000);
    }
}
