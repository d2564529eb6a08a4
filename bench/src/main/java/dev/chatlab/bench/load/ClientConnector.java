package dev.chatlab.bench.load;

import dev.chatlab.bench.measure.LoopStats;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The joining side of a {@link LoadLoop}: opens its clients' connections while fewer than its share of the
 * connect budget are in flight, moves each transport's handshake on (TLS; plain TCP has none), says hello,
 * and counts a client as connected when its welcome arrives. A connect is in flight from {@code connect()}
 * to the welcome, so a TLS handshake counts into the budget and into the connect time. Loop thread only.
 */
final class ClientConnector {

    private final RunControl control;
    private final Selector selector;
    private final List<LoadClient> clients;
    private final int maxConnecting;
    private final LoopStats stats;
    private final FrameReceiver receiver;
    private final ClientWriter writer;
    private int nextToConnect;
    private int connecting;

    ClientConnector(RunControl control, Selector selector, List<LoadClient> clients, int maxConnecting,
                    LoopStats stats, FrameReceiver receiver, ClientWriter writer) {
        this.control = control;
        this.selector = selector;
        this.clients = clients;
        this.maxConnecting = maxConnecting;
        this.stats = stats;
        this.receiver = receiver;
        this.writer = writer;
    }

    /** Starts connects until the budget is used up or every client has started. */
    void openConnections() {
        while (connecting < maxConnecting && nextToConnect < clients.size()) {
            LoadClient client = clients.get(nextToConnect++);
            connecting++;
            client.connectStarted = control.now();
            client.state = LoadClient.State.CONNECTING;
            try {
                SocketChannel channel = SocketChannel.open();
                try {
                    client.transport = control.transports.open(channel, control.address);
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                client.key = channel.register(selector, SelectionKey.OP_CONNECT, client);
                if (channel.connect(control.address)) {
                    handshake(client);
                }
            } catch (IOException e) {
                failed(client, e);
            }
        }
    }

    /**
     * Moves the transport's handshake on with what the socket has now; says hello once it is done.
     *
     * @throws IOException if the connection or the handshake failed
     */
    void handshake(LoadClient client) throws IOException {
        client.state = LoadClient.State.HANDSHAKING;
        if (!client.transport.handshake()) {
            client.key.interestOps(SelectionKey.OP_READ | (client.transport.wantsWrite() ? SelectionKey.OP_WRITE : 0));
            return;
        }
        client.key.interestOps(SelectionKey.OP_READ);
        client.state = LoadClient.State.HELLO_SENT;
        writer.write(client, ("{\"type\":\"hello\",\"nick\":\"" + client.nick + "\"}\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** A welcome arrived: the client has joined, and its connect time is recorded. */
    void welcomed(LoadClient client) {
        if (client.state != LoadClient.State.HELLO_SENT) {
            return;
        }
        client.state = LoadClient.State.JOINED;
        client.joined = true;
        connecting--;
        stats.joined++;
        stats.recordConnectTime(control.now() - client.connectStarted);
    }

    /** The client could not join: counted, its first such problem kept for the report, its connection closed. */
    void failed(LoadClient client, Exception e) {
        if (client.state == LoadClient.State.CLOSED) {
            return;
        }
        connecting--;
        stats.connectFailures++;
        receiver.note(client.nick + " could not join: " + e.getMessage());
        client.close();
    }
}
