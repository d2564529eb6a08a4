package dev.chatlab.lab05.testing;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.client.ReconnectingClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A second user for the window tests: lab04's own client library, scripted, recording what it is shown. */
public final class ScriptedClient implements AutoCloseable {

    private final BlockingQueue<ServerFrame> shown = new LinkedBlockingQueue<>();
    private final ReconnectingClient client;

    public ScriptedClient(Path ca, int port, String nick) throws Exception {
        client = new ReconnectingClient(new TlsConnector(ClientTls.fromPem(ca, null, null), "localhost", port),
                new ClientFrame.Hello(nick), new ClientListener() {
                    @Override
                    public void frame(ServerFrame frame) {
                        shown.add(frame);
                    }
                }, ClientSettings.contract(new SecureRandom()));
        client.connect();
    }

    public void say(String text) {
        client.send(new ClientFrame.Say(text));
    }

    public void whisper(String to, String text) {
        client.send(new ClientFrame.Whisper(to, text));
    }

    /** Waits at most {@code timeout} for a frame {@code test} accepts, skipping the others. */
    public ServerFrame await(Predicate<ServerFrame> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServerFrame frame;
        while ((frame = shown.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            if (test.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no matching frame within " + timeout);
    }

    @Override
    public void close() {
        client.quit();
    }
}
