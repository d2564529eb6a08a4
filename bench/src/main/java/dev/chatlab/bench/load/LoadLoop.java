package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import dev.chatlab.bench.net.FrameScanner;
import dev.chatlab.bench.net.LineSplitter.LineTooLongException;
import dev.chatlab.bench.net.ScannedFrame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One selector thread and the clients it owns. Each turn it lets its {@link ClientConnector} open connections
 * within its share of the connect budget, waits at most 1 ms for readiness, reads and writes what is ready,
 * answers the server's pings, and lets due senders speak. Reads go through one direct buffer per loop, never
 * one per connection, so ten thousand idle clients cost little memory (a TLS connection adds two record
 * buffers of its own). Runs until the run's phase is STOP, then closes its clients.
 */
final class LoadLoop implements Runnable {

    private static final int IO_BUFFER = 256 * 1024;
    private static final long PUBLISH_EVERY = TimeUnit.MILLISECONDS.toNanos(50);

    final LoopStats stats;
    private final RunControl control;
    private final List<LoadClient> clients;
    private final List<LoadClient> senders = new ArrayList<>();
    private final Selector selector;
    private final SenderPacer pacer;
    private final MessageStamp stamp;
    private final FrameReceiver receiver;
    private final ClientWriter writer = new ClientWriter(IO_BUFFER);
    private final ClientConnector connector;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(IO_BUFFER);
    private final byte[] chunk = new byte[IO_BUFFER];
    private final ScannedFrame frame = new ScannedFrame();
    private volatile Throwable failure;

    LoadLoop(RunControl control, List<LoadClient> clients, int maxConnecting, LoopStats stats) throws IOException {
        this.control = control;
        this.clients = clients;
        this.stats = stats;
        this.selector = Selector.open();
        this.pacer = new SenderPacer(control);
        this.stamp = new MessageStamp(control.scenario.messageSize());
        this.receiver = new FrameReceiver(control, stats, stamp);
        this.connector = new ClientConnector(control, selector, clients, maxConnecting, stats, receiver, writer);
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
                connector.openConnections();
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
            clients.forEach(LoadClient::close);
            stats.publish();
        }
    }

    private void handle(SelectionKey key) {
        LoadClient client = (LoadClient) key.attachment();
        try {
            if (key.isValid() && key.isConnectable()) {
                ((SocketChannel) key.channel()).finishConnect();
                connector.handshake(client);
                return;
            }
            if (client.state == LoadClient.State.HANDSHAKING) {
                connector.handshake(client);
                return;
            }
            if (key.isValid() && key.isWritable()) {
                writer.flush(client);
            }
            if (key.isValid() && key.isReadable()) {
                read(client);
            }
        } catch (IOException | LineTooLongException e) {
            if (client.state == LoadClient.State.JOINED) {
                lost(client);
            } else {
                connector.failed(client, e);
            }
        }
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
            case WELCOME -> connector.welcomed(client);
            case MESSAGE -> {
                if (receiver.message(client, frame) && control.scenario.rate() == 0) {
                    speak(client);
                }
            }
            case LEFT -> receiver.left(frame);
            case PING -> answer(client, frame.pong());
            case ERROR -> {
                if (frame.codeIs("RATE_LIMITED")) {
                    receiver.refused(client);
                }
                receiver.error(new String(buffer, start, end - start, StandardCharsets.UTF_8));
            }
            case OTHER -> { }
        }
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
                writer.write(client, stamp.encode(sequence, client.senderIndex, sentAt));
            } catch (IOException e) {
                lost(client);
            }
        }
    }

    /** Answers a server's {@code ping} (lab04's heartbeat) with its {@code pong}. */
    private void answer(LoadClient client, byte[] pong) {
        try {
            writer.write(client, pong);
        } catch (IOException e) {
            lost(client);
        }
    }

    private void lost(LoadClient client) {
        if (control.phase() != RunControl.Phase.STOP) {
            client.closedByServer = true;
        }
        client.close();
    }
}
