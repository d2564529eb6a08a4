package dev.chatlab.lab05.testing;

import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ServerTls;
import dev.chatlab.lab04.server.ReconnectServer;
import dev.chatlab.lab04.server.SessionSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A real lab04 server for the window tests, in this JVM on 127.0.0.1 and an ephemeral port, with a kit CA
 * made by lab03's library under a test's own folder (never the real CHATLAB_HOME). {@code accounts} (nick to
 * password) turns lab03's accounts on.
 */
public final class ChatServer implements AutoCloseable {

    private final ReconnectServer server;
    private final Thread thread;
    private final Path ca;

    public ChatServer(Path home, Map<String, String> accounts) throws Exception {
        KitCertificates.ServerFiles files = KitCertificates.inHome(home).serverFiles(Clock.systemUTC());
        ca = files.caCertificate();
        ServerTls tls = ServerTls.fromPem(files.serverCertificate(), files.serverKey(), null, ClientAuth.NONE);
        PrintStream log = new PrintStream(OutputStream.nullOutputStream());
        SecurePolicy policy = SecurePolicy.withoutAccounts(AbuseLimits.CONTRACT, log);
        if (!accounts.isEmpty()) {
            UserAccounts users = UserAccounts.empty();
            PasswordHasher hasher = new PasswordHasher();
            for (Map.Entry<String, String> account : accounts.entrySet()) {
                users = users.with(account.getKey(), hasher.hash(account.getValue().toCharArray()));
            }
            policy = SecurePolicy.withAccounts(AbuseLimits.CONTRACT, new AccountVerifier(users, hasher),
                    new LoginThrottle(Clock.systemUTC()), log);
        }
        server = ReconnectServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1 << 20, tls, policy,
                SessionSettings.CONTRACT, log);
        thread = Thread.ofVirtual().name("test server").start(server::serve);
    }

    public int port() {
        return server.port();
    }

    /** The kit CA that signed the server's certificate. */
    public Path ca() {
        return ca;
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        thread.join(5000);
    }
}
