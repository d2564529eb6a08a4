package dev.chatlab.lab04.testing;

import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab04.server.SessionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A lab04 server per test, with certificates in a temporary CHATLAB_HOME of its own:
 * {@code @RegisterExtension final ServerFixture fixture = new ServerFixture(settings);}.
 */
public final class ServerFixture implements BeforeEachCallback, AfterEachCallback {

    private final SessionSettings settings;
    private Path home;
    private TestTls tls;
    private RunningServer server;

    public ServerFixture(SessionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("lab04-test");
        tls = TestTls.in(home);
        server = new RunningServer(tls, settings);
    }

    /** Replaces the server by one with {@code other} settings (same certificates). */
    public RunningServer restart(SessionSettings other) throws Exception {
        server.close();
        server = new RunningServer(tls, other);
        return server;
    }

    /** Replaces the server by one that holds at most {@code maxQueueBytes} per client, with other {@code limits}. */
    public RunningServer restart(long maxQueueBytes, AbuseLimits limits) throws Exception {
        server.close();
        server = new RunningServer(tls, settings, maxQueueBytes, limits);
        return server;
    }

    public TestTls tls() {
        return tls;
    }

    public RunningServer server() {
        return server;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(ServerFixture::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete " + path, e);
        }
    }
}
