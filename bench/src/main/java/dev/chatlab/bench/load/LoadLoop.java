package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import dev.chatlab.bench.net.FrameScanner;
import dev.chatlab.bench.net.LineSplitter.LineTooLongException;
import dev.chatlab.bench.net.PlainTransport;
import dev.chatlab.bench.net.ScannedFrame;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One selector thread and the clients it owns. Each turn it opens connections while fewer than its share of
 * the connect budget are in flight, waits at most 1 ms for readiness, reads and writes what is ready, and
 * lets due senders speak. Reads go through one direct buffer per loop, never one per connection, so ten
 * thousand idle clients cost little memory. Runs until the run's phase is STOP, then closes its clients.
 */
final class LoadLoop implements Runnable {

    private static final int IO_BUFFER = 256 * 1024;
    private static final long PUBLISH_EVERY = TimeUnit.MILLISECONDS.toNanos(50);

    final LoopStats stats;
    private final RunControl control;
    private final List<LoadClient> clients;
    private final List<LoadClient> senders = new ArrayList<>();
    private final int maxConnecting;
    private final Selector selector;
    private final SenderPacer pacer;
    private final MessageStamp stamp;
    private final FrameReceiver receiver;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(IO_BUFFER);
    private final ByteBuffer writeBuffer = ByteBuffer.allocateDirect(IO_BUFFER);
    private final byte[] chunk = new byte[IO_BUFFER];
    private final ScannedFrame frame = new ScannedFrame();
    private int nextToConnect;
    private int connecting;
    private volatile Throwable failure;

    LoadLoop(RunControl control, List<LoadClient> clients, int maxConnecting, LoopStats stats) throws IOException {
        this.control = control;
        this.clients = clients;
        this.maxConnecting = maxConnecting;
        this.stats = stats;
        this.selector = Selector.open();
        this.pacer = new SenderPacer(control);
        this.stamp = new MessageStamp(control.scenario.messageSize());
        this.receiver = new FrameReceiver(control, stats, stamp);
        clients.stream().filter(LoadClient::isSender).forEach(senders::add);
    }

    /** The clients this loop owns. Read their state only after the thread has ended. */
    List<LoadClient> clients() {
        return clients;
    }

    /** What ended the loop abnormally, or null. Read after the thread has ended. */
    Throwable failure() {
        return failure;
    }

    @Override
    public void run() {
        try (selector) {
            long lastPublish = 0;
            while (control.phase() != RunControl.Phase.STOP) {
                openConnections();
                selector.select(1);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
                if (control.phase() == RunControl.Phase.SEND) {
                    for (LoadClient sender : senders) {
                        speak(sender);
                    }
                }
                long now = control.now();
                if (now - lastPublish >= PUBLISH_EVERY) {
                    stats.publish();
                    lastPublish = now;
                }
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            clients.forEach(this::closeQuietly);
            stats.publish();
        }
    }

    private void openConnections() {
        while (connecting < maxConnecting && nextToConnect < clients.size()) {
            LoadClient client = clients.get(nextToConnect++);
            connecting++;
            client.connectStarted = control.now();
            client.state = LoadClient.State.CONNECTING;
            try {
                SocketChannel channel = SocketChannel.open();
                client.transport = new PlainTransport(channel);
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                client.key = channel.register(selector, SelectionKey.OP_CONNECT, client);
                if (channel.connect(control.address)) {
                    connected(client);
                }
            } catch (IOException e) {
                connectFailed(client, e);
            }
        }
    }

    private void handle(SelectionKey key) {
        LoadClient client = (LoadClient) key.attachment();
        try {
            if (key.isValid() && key.isConnectable()) {
                ((SocketChannel) key.channel()).finishConnect();
                connected(client);
            }
            if (key.isValid() && key.isWritable()) {
                flush(client);
            }
            if (key.isValid() && key.isReadable()) {
                read(client);
            }
        } catch (IOException | LineTooLongException e) {
            if (client.state == LoadClient.State.JOINED) {
                lost(client);
            } else {
                connectFailed(client, e);
            }
        }
    }

    private void connected(LoadClient client) throws IOException {
        client.key.interestOps(SelectionKey.OP_READ);
        client.state = LoadClient.State.HELLO_SENT;
        write(client, ("{\"type\":\"hello\",\"nick\":\"" + client.nick + "\"}\n").getBytes(StandardCharsets.US_ASCII));
    }

    private void read(LoadClient client) throws IOException {
        readBuffer.clear();
        int n = client.transport.read(readBuffer);
        if (n < 0) {
            throw new IOException("The server closed the connection.");
        }
        readBuffer.flip();
        readBuffer.get(chunk, 0, n);
        client.splitter.feed(chunk, 0, n, (buffer, start, end) -> onLine(client, buffer, start, end));
    }

    private void onLine(LoadClient client, byte[] buffer, int start, int end) {
        if (!FrameScanner.scan(buffer, start, end, frame)) {
            stats.unreadableFrames++;
            return;
        }
        switch (frame.type()) {
            case WELCOME -> welcomed(client);
            case MESSAGE -> {
                if (receiver.message(client, frame) && control.scenario.rate() == 0) {
                    speak(client);
                }
            }
            case LEFT -> receiver.left(frame);
            case ERROR -> receiver.error(new String(buffer, start, end - start, StandardCharsets.UTF_8));
            case OTHER -> { }
        }
    }

    private void welcomed(LoadClient client) {
        if (client.state != LoadClient.State.HELLO_SENT) {
            return;
        }
        client.state = LoadClient.State.JOINED;
        client.joined = true;
        connecting--;
        stats.joined++;
        stats.recordConnectTime(control.now() - client.connectStarted);
    }

    /** Lets {@code client} say every message now due, while its socket takes them. */
    private void speak(LoadClient client) {
        for (int burst = 0; burst < SenderPacer.BURST && client.pending == null
                && client.state == LoadClient.State.JOINED; burst++) {
            long sentAt = pacer.nextStamp(client, control.now());
            if (sentAt < 0) {
                return;
            }
            int sequence = control.sequence.getAndIncrement();
            client.sentCount++;
            client.inFlight++;
            stats.sent++;
            try {
                write(client, stamp.encode(sequence, client.senderIndex, sentAt));
            } catch (IOException e) {
                lost(client);
            }
        }
    }

    /** Writes {@code bytes} now, keeping what the socket does not take for when it becomes writable. */
    private void write(LoadClient client, byte[] bytes) throws IOException {
        writeBuffer.clear();
        writeBuffer.put(bytes).flip();
        client.transport.write(writeBuffer);
        if (writeBuffer.hasRemaining()) {
            client.pending = ByteBuffer.allocate(writeBuffer.remaining()).put(writeBuffer).flip();
            client.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    private void flush(LoadClient client) throws IOException {
        client.transport.write(client.pending);
        if (!client.pending.hasRemaining()) {
            client.pending = null;
            client.key.interestOps(SelectionKey.OP_READ);
        }
    }

    private void connectFailed(LoadClient client, Exception e) {
        if (client.state == LoadClient.State.CLOSED) {
            return;
        }
        connecting--;
        stats.connectFailures++;
        receiver.note(client.nick + " could not join: " + e.getMessage());
        closeQuietly(client);
    }

    private void lost(LoadClient client) {
        if (control.phase() != RunControl.Phase.STOP) {
            client.closedByServer = true;
        }
        closeQuietly(client);
    }

    private void closeQuietly(LoadClient client) {
        client.state = LoadClient.State.CLOSED;
        if (client.transport != null) {
            client.transport.close();
        }
    }
}
