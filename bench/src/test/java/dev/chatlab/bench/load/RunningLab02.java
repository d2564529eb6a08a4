package dev.chatlab.bench.load;

import dev.chatlab.lab02.server.ChatServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The reference lab02 server, serving on a loopback ephemeral port in this JVM until closed. */
public final class RunningLab02 implements AutoCloseable {

    private final ChatServer server;
    private final Thread thread;

    public RunningLab02() throws IOException {
        server = ChatServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES, new PrintStream(OutputStream.nullOutputStream()));
        thread = Thread.ofPlatform().name("lab02-under-test").daemon().start(server::serve);
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        thread.join(5000);
    }
}
