package dev.chatlab.lab05.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One browser's WebSocket bridged to one TLS connection to the chat server. Text messages from the page are
 * written upstream as chat/1 lines; lines from the server are sent to the page as text messages; nothing is
 * added, parsed or changed. The bridge only enforces the gateway's bounds and closes with a {@link CloseReason}.
 *
 * <p>Flow control: the bridge asks Jetty for the page's next message ({@link Session#demand()}) only once
 * the previous one is written upstream, so a slow server slows the page down instead of filling memory. The
 * other way, the bytes handed to Jetty and not yet sent are counted, and a page that lets more than
 * {@code maxQueueBytes} pile up is closed, as lab02's server drops a slow consumer (the page then resumes).
 *
 * <p>Threads: Jetty calls the {@code onWebSocket...} methods; the upstream link's reader thread calls
 * {@link #frame} and {@link #ended}; connecting and writing upstream run on virtual threads of their own.
 * (Public only because Jetty calls the listener methods through method handles.)
 */
public final class ChatBridge implements Session.Listener, UpstreamLink.Listener {

    private final GatewaySettings settings;
    private final BridgeRegistry registry;
    private final PrintStream log;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile Session session;
    private volatile String peer = "?";
    private UpstreamLink upstream; // guarded by this: set once connected, closed by whichever side ends first
    private boolean ended;         // guarded by this: the WebSocket is closed

    ChatBridge(GatewaySettings settings, BridgeRegistry registry, PrintStream log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.log = Objects.requireNonNull(log, "log");
    }

    // ---- The WebSocket (Jetty's threads) ----

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        peer = String.valueOf(opened.getRemoteSocketAddress());
        if (!registry.tryAdd(this)) {
            close(CloseReason.gatewayFull(settings.maxConnections()));
            return;
        }
        Thread.ofVirtual().name("gateway connect").start(this::connectUpstream);
    }

    @Override
    public void onWebSocketText(String frame) {
        if (frame.indexOf('\n') >= 0) {
            close(CloseReason.notOneFrame()); // it would reach the server as two frames
            return;
        }
        Thread.ofVirtual().name("gateway upstream writer").start(() -> writeUpstream(frame));
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        close(CloseReason.notText());
    }

    @Override
    public void onWebSocketError(Throwable failure) {
        log.println("web: " + peer + ": " + failure.getMessage());
    }

    @Override
    public void onWebSocketClose(int code, String reason) {
        registry.remove(this);
        UpstreamLink link;
        synchronized (this) {
            ended = true;
            link = upstream;
        }
        if (link != null) {
            link.close(); // the server sees a lost connection: the session waits for its resume
        }
        log.println("web: " + peer + " closed (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
    }

    // ---- The chat server (the upstream link's reader thread) ----

    @Override
    public void frame(String text, int bytes) {
        if (queuedBytes.addAndGet(bytes) > settings.maxQueueBytes()) {
            close(CloseReason.slowBrowser(settings.maxQueueBytes()));
            return;
        }
        session.sendText(text, Callback.from(() -> queuedBytes.addAndGet(-bytes), failure -> { }));
    }

    @Override
    public void ended(IOException failure) {
        close(failure == null ? CloseReason.upstreamClosed() : CloseReason.upstreamFailed(failure.getMessage()));
    }

    // ---- Both ----

    /** Closes the WebSocket with {@code reason} (once; later calls do nothing) and the upstream connection. */
    void close(CloseReason reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        registry.remove(this); // its place is free: nothing more passes through it
        log.println("web: " + peer + " closing: " + reason.code() + " " + reason.reason());
        session.close(reason.code(), reason.reason(), Callback.NOOP);
        UpstreamLink link;
        synchronized (this) {
            link = upstream;
        }
        if (link != null) {
            link.close();
        }
    }

    private void connectUpstream() {
        UpstreamLink link;
        try {
            link = UpstreamLink.open(settings.upstream(), settings.connectTimeout());
        } catch (IOException e) {
            close(CloseReason.upstreamUnreachable(settings.upstream().describe(e)));
            return;
        }
        synchronized (this) {
            if (ended || closing.get()) {
                link.close(); // the page left, or was closed, while we were connecting
                return;
            }
            upstream = link;
        }
        log.println("web: " + peer + " bridged to " + settings.upstreamName());
        link.start(this);
        session.demand(); // the page's first frame may come now
    }

    private void writeUpstream(String frame) {
        UpstreamLink link;
        synchronized (this) {
            link = upstream;
        }
        try {
            link.write(frame);
        } catch (IOException e) {
            close(CloseReason.upstreamFailed(e.getMessage()));
            return;
        }
        session.demand();
    }
}
