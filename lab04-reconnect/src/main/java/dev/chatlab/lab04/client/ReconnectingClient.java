package dev.chatlab.lab04.client;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab03.limits.TokenBucket;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lab04 chat client as a library, with no console code: it connects, registers, and from then on keeps
 * the user's session alive across dropped connections until {@link #quit()}. A console, a Swing window and a
 * browser gateway each put their own face on it through a {@link ClientListener}.
 *
 * <ul>
 *   <li>States: connecting, online, reconnecting (attempt and delay), closed ({@link ClientState}).</li>
 *   <li>Reconnecting: full-jitter exponential backoff ({@link Backoff}), reset after each registration;
 *       {@code resume} with the session and the last id seen, or {@code hello} again when the session has
 *       expired.</li>
 *   <li>Outbox: says and whispers get cids and wait (bounded) until acknowledged; after a resume the
 *       unacknowledged ones are sent again, and the server delivers each cid once.</li>
 *   <li>Each message and whisper is shown once, in id order; a heartbeat {@code ping} is answered with
 *       {@code pong}, and three heartbeats of silence from the server count as a lost connection.</li>
 * </ul>
 *
 * <p>Threads: all state lives on one event thread of the client's own, which also calls the listener, one
 * call at a time, in order. Every public method is thread-safe; called from another thread it hands its
 * work to the event thread and waits for it (briefly: the event thread never waits for a socket, each
 * connection has a reader and a writer thread of its own); called from the listener it runs inline.
 */
public final class ReconnectingClient implements AutoCloseable {

    /** The reason of the {@link ClientState.Closed} state after {@link #quit()}. */
    public static final String QUIT = "quit";

    private enum Phase { NEW, CONNECTING, REGISTERING, ONLINE, WAITING, CLOSED }

    private static final Duration RETRY_SEND = Duration.ofMillis(100); // when the send rate says wait

    private final ServerConnector connector;
    private final ClientFrame.Hello hello;
    private final ClientListener listener;
    private final ClientSettings settings;
    private final ClientParts parts;
    private final ScheduledExecutorService events;
    private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Outbox outbox;
    private volatile Thread eventThread;
    private volatile ClientState state = new ClientState.Connecting();
    // Everything below belongs to the event thread.
    private Phase phase = Phase.NEW;
    private ChatLink link;
    private String session;
    private String nick;
    private Duration heartbeat;
    private long lastId;
    private long lastReceived;
    private int attempt;
    private boolean everOnline;
    private boolean quitting; // quit() waits for the outbox to drain
    private TokenBucket sendRate;
    private ScheduledFuture<?> answerDeadline;
    private ScheduledFuture<?> heartbeatCheck;
    private ScheduledFuture<?> sendLater;

    /**
     * A client, not connected yet, that reaches its server through {@code connector} (lab03's TLS), registers
     * with {@code hello} and reports to {@code listener}; its parts are the reference's ({@link ClientParts#REFERENCE}).
     */
    public ReconnectingClient(ServerConnector connector, ClientFrame.Hello hello, ClientListener listener,
                              ClientSettings settings) {
        this(connector, hello, listener, settings, ClientParts.REFERENCE);
    }

    /** The same client with other {@code parts}: jitter, resend or judge of silence of its own. */
    public ReconnectingClient(ServerConnector connector, ClientFrame.Hello hello, ClientListener listener,
                              ClientSettings settings, ClientParts parts) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.hello = Objects.requireNonNull(hello, "hello");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.outbox = new Outbox(settings.outboxCapacity(), parts.resend());
        ThreadFactory threads = Thread.ofPlatform().daemon().name("chat client events").factory();
        this.events = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = threads.newThread(task);
            eventThread = thread;
            return thread;
        });
        closed.thenRun(events::shutdown); // once closed, the event thread ends
    }

    /**
     * Makes the first connection and registers; blocks until the welcome (about twice the answer timeout at
     * most). From then on the client reconnects by itself until {@link #quit()}.
     *
     * @throws ConnectFailedException if connecting fails or the server refuses the hello; the client is closed
     * @throws IllegalStateException  if called twice
     */
    public void connect() throws ConnectFailedException, InterruptedException {
        if (!call(() -> {
            if (phase != Phase.NEW) {
                return false;
            }
            setState(new ClientState.Connecting());
            dial();
            return true;
        })) {
            throw new IllegalStateException("connect() was called already");
        }
        try {
            firstConnection.get();
        } catch (ExecutionException e) {
            throw (ConnectFailedException) e.getCause();
        }
    }

    /**
     * Queues a say, whisper or who typed by the user: sent at once when online, else when a connection is
     * back. Returns {@code false} if it was not queued: the outbox is full, or the client is closed.
     *
     * @throws IllegalArgumentException for a hello, ping or bye, which the client sends itself
     */
    public boolean send(ClientFrame frame) {
        Objects.requireNonNull(frame, "frame");
        if (!(frame instanceof ClientFrame.Say || frame instanceof ClientFrame.Whisper || frame instanceof ClientFrame.Who)) {
            throw new IllegalArgumentException("The client sends " + frame.type().wireName() + " itself");
        }
        return call(() -> {
            if (phase == Phase.CLOSED) {
                return false;
            }
            Outbox.Entry entry = outbox.add(frame);
            if (entry == null) {
                return false;
            }
            listener.queued(entry.cid(), frame);
            listener.queueChanged(outbox.size());
            sendQueued();
            return true;
        });
    }

    /**
     * Leaves for good. Online, it first lets the outbox drain (until every say and whisper is acknowledged, at
     * most the close timeout), then sends bye and waits (at most the close timeout again) for the server to
     * close; offline, it closes at once and what the outbox holds is dropped. Blocks until closed. Safe to
     * call more than once.
     */
    public void quit() {
        boolean onEventThread = Thread.currentThread() == eventThread;
        call(() -> {
            if (phase == Phase.ONLINE && outbox.size() > 0) {
                quitting = true; // the last ack closes, see live()
                schedule(settings.closeTimeout(), () -> closeFor(QUIT, true));
            } else {
                closeFor(QUIT, true);
            }
            return true;
        });
        if (!onEventThread) {
            try {
                closed.get(2 * settings.closeTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // Closed meanwhile by the timeout's own task, or the event thread is gone: nothing to wait for.
            }
            events.shutdown();
        }
    }

    /** Same as {@link #quit()}. */
    @Override
    public void close() {
        quit();
    }

    /** The state now (the listener heard of it already, or is about to). */
    public ClientState state() {
        return state;
    }

    // ---- Connecting and registering (event thread) ----

    private void dial() {
        phase = Phase.CONNECTING;
        Thread.ofVirtual().name("chat client connect").start(() -> {
            try {
                Socket socket = connector.connect(settings.answerTimeout());
                post(() -> connected(socket));
            } catch (IOException e) {
                post(() -> dialFailed(e));
            }
        });
    }

    private void connected(Socket socket) {
        if (phase == Phase.CLOSED) {
            new ChatLink(socket).close();
            return;
        }
        ChatLink opened = new ChatLink(socket);
        link = opened;
        opened.start(frame -> post(() -> received(opened, frame)), warning -> { }, () -> post(() -> ended(opened)));
        phase = Phase.REGISTERING;
        lastReceived = settings.nanoClock().getAsLong();
        opened.send(ReconnectClientCodec.encode(session != null
                ? new ReconnectClientFrame.Resume(session, lastId)
                : new ReconnectClientFrame.Chat(hello)));
        answerDeadline = schedule(settings.answerTimeout(), () -> {
            if (link == opened && phase == Phase.REGISTERING) {
                opened.close(); // no answer: try again like after any lost connection
            }
        });
    }

    private void dialFailed(IOException failure) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (!everOnline) {
            fail(new ConnectFailedException(connector.describe(failure), null, failure));
        } else {
            retry();
        }
    }

    private void registering(ReconnectServerFrame frame) {
        switch (frame) {
            case ReconnectServerFrame.Welcome welcome -> {
                boolean first = !everOnline;
                session = welcome.session();
                heartbeat = Duration.ofSeconds(welcome.heartbeatSeconds());
                nick = welcome.nick();
                lastId = 0; // a new session: ids seen in another one (or another server run) do not count
                online(welcome.users());
                if (first) {
                    listener.connected(welcome.nick(), welcome.users());
                    firstConnection.complete(null);
                } else {
                    listener.reconnected(new ClientListener.Reconnection(false, 0, false, welcome.users()));
                }
                sendQueued();
            }
            case ReconnectServerFrame.Resumed resumed -> {
                online(resumed.users());
                listener.reconnected(new ClientListener.Reconnection(true, resumed.missed(), resumed.gap(),
                        resumed.users()));
                sendQueued();
            }
            case ReconnectServerFrame.Chat(ServerFrame.Error error) when error.code() == ErrorCode.SESSION_EXPIRED -> {
                session = null;
                link.send(ReconnectClientCodec.encode(new ReconnectClientFrame.Chat(hello)));
            }
            case ReconnectServerFrame.Chat(ServerFrame.Error error) -> {
                listener.frame(error);
                if (!everOnline) {
                    fail(new ConnectFailedException(error.message(), error, null));
                } else {
                    closeFor("refused by the server: " + error.code() + ": " + error.message(), false);
                }
            }
            default -> {
                // Nothing else comes before welcome or resumed.
            }
        }
    }

    /** Registered: the backoff starts again, every outbox entry is to be sent again, the heartbeat is watched. */
    private void online(List<String> users) {
        phase = Phase.ONLINE;
        attempt = 0;
        everOnline = true;
        cancel(answerDeadline);
        sendRate = settings.newBucket();
        outbox.rewind();
        setState(new ClientState.Online(nick, users));
        watchHeartbeat(link);
    }

    // ---- Online (event thread) ----

    private void received(ChatLink from, ReconnectServerFrame frame) {
        if (from != link) {
            return; // a link already replaced
        }
        lastReceived = settings.nanoClock().getAsLong();
        if (phase == Phase.REGISTERING) {
            registering(frame);
        } else if (phase == Phase.ONLINE || phase == Phase.CLOSED) {
            live(frame); // closed: after bye, what the server still sends until it closes
        }
    }

    private void live(ReconnectServerFrame frame) {
        switch (frame) {
            case ReconnectServerFrame.Ping ping ->
                    link.send(ReconnectClientCodec.encode(new ReconnectClientFrame.Pong(ping.token())));
            case ReconnectServerFrame.Ack ack -> {
                if (outbox.acked(ack.cid())) {
                    listener.acked(ack.cid(), ack.id());
                    listener.queueChanged(outbox.size());
                }
                if (quitting && outbox.size() == 0) {
                    closeFor(QUIT, true);
                }
            }
            case ReconnectServerFrame.Chat(ServerFrame.Error error) -> {
                Outbox.Entry failed = outbox.refused(error.code());
                listener.frame(error);
                if (failed != null) {
                    listener.failed(failed.cid(), error);
                    listener.queueChanged(outbox.size());
                } else if (error.code() == ErrorCode.RATE_LIMITED) {
                    sendLater();
                }
            }
            case ReconnectServerFrame.Chat chat -> show(chat.frame());
            default -> {
                // A second welcome or resumed is not sent by a correct server.
            }
        }
    }

    /** Shows a chat/1 frame; each message and whisper once, in id order, whatever a resume replays. */
    private void show(ServerFrame frame) {
        // BEGIN SOLUTION: show each message and whisper once, in id order, skipping ids already shown
        long id = switch (frame) {
            case ServerFrame.Message message -> message.id();
            case ServerFrame.Whisper whisper -> whisper.id();
            default -> -1;
        };
        if (id >= 0) {
            if (id <= lastId) {
                return; // shown already: replayed after a resume that the old connection had delivered
            }
            lastId = id;
        }
        listener.frame(frame);
        // END SOLUTION
    }

    /** Sends what the outbox holds, as fast as the server's rate allows; the rest waits a moment. */
    private void sendQueued() {
        if (phase != Phase.ONLINE) {
            return;
        }
        while (outbox.hasUnsent()) {
            if (!sendRate.tryTake()) {
                sendLater();
                return;
            }
            link.send(ReconnectClientCodec.encode(outbox.nextToSend()));
        }
    }

    private void sendLater() {
        if (sendLater == null || sendLater.isDone()) {
            sendLater = schedule(RETRY_SEND, this::sendQueued);
        }
    }

    /** Asks every heartbeat whether the server's silence means a dead connection (the watchdog part). */
    private void watchHeartbeat(ChatLink watched) {
        cancel(heartbeatCheck);
        heartbeatCheck = schedule(heartbeat, () -> {
            if (link != watched || phase != Phase.ONLINE) {
                return;
            }
            Duration silent = Duration.ofNanos(settings.nanoClock().getAsLong() - lastReceived);
            if (parts.watchdog().isDead(silent, heartbeat)) {
                watched.close(); // silence: lost like any other connection (the reader reports the end)
            } else {
                watchHeartbeat(watched);
            }
        });
    }

    // ---- Losing and closing (event thread) ----

    private void ended(ChatLink from) {
        if (from != link) {
            return;
        }
        link = null;
        cancel(answerDeadline);
        cancel(heartbeatCheck);
        if (phase == Phase.CLOSED) {
            closed.complete(null);
        } else if (!everOnline) {
            fail(new ConnectFailedException("connection closed by the server", null, null));
        } else if (quitting) {
            closeFor(QUIT, false);
            closed.complete(null);
        } else {
            retry();
        }
    }

    /** Waits a backoff delay, then dials again. */
    private void retry() {
        phase = Phase.WAITING;
        Duration delay = settings.backoff().delay(attempt, parts.jitter());
        attempt++;
        setState(new ClientState.Reconnecting(attempt, delay));
        schedule(delay, () -> {
            if (phase == Phase.WAITING) {
                dial();
            }
        });
    }

    private void fail(ConnectFailedException failure) {
        closeFor(failure.getMessage(), false);
        firstConnection.completeExceptionally(failure);
    }

    /** Closed for good: says bye first when {@code bye} and online, and lets the server close. */
    private void closeFor(String reason, boolean bye) {
        if (phase == Phase.CLOSED) {
            return;
        }
        boolean wasOnline = phase == Phase.ONLINE;
        phase = Phase.CLOSED;
        cancel(answerDeadline);
        cancel(heartbeatCheck);
        cancel(sendLater);
        setState(new ClientState.Closed(reason));
        ChatLink closing = link;
        if (closing == null) {
            closed.complete(null);
        } else if (bye && wasOnline) {
            closing.send(ReconnectClientCodec.encode(new ReconnectClientFrame.Chat(new ClientFrame.Bye())));
            schedule(settings.closeTimeout(), closing::close); // the server closes first, normally
        } else {
            closing.close();
        }
    }

    private void setState(ClientState next) {
        state = next;
        listener.stateChanged(next);
    }

    // ---- The event thread ----

    /** Runs {@code task} on the event thread (inline when already on it) and returns its result. */
    private boolean call(Callable<Boolean> task) {
        if (Thread.currentThread() == eventThread) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return events.submit(task).get();
        } catch (RejectedExecutionException e) {
            return false; // closed: the event thread is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The client's event thread failed", e.getCause());
        }
    }

    private void post(Runnable task) {
        try {
            events.execute(() -> guarded(task));
        } catch (RejectedExecutionException e) {
            // Closed: nothing is handled any more.
        }
    }

    private ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        try {
            return events.schedule(() -> guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Runs {@code task}; a listener's exception is reported, not swallowed, and the event thread goes on. */
    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
