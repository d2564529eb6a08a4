package dev.chatlab.bench.load;

import dev.chatlab.bench.net.LineSplitter;
import dev.chatlab.bench.net.Transport;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.BitSet;

/**
 * One simulated chat client: its connection and what it has seen. Owned by exactly one {@link LoadLoop},
 * whose thread alone touches it until the loop has ended.
 */
final class LoadClient {

    /**
     * The longest server line accepted. The 16384-byte limit binds what clients send; a welcome lists every
     * user, about 15 bytes each, so ten thousand clients make a 150 kB welcome. 8 MiB holds half a million.
     */
    private static final int MAX_LINE = 8 * 1024 * 1024;

    enum State { WAITING, CONNECTING, HANDSHAKING, HELLO_SENT, JOINED, CLOSED }

    final int index;
    final String nick;
    /** This client's number among the senders, or -1 for a client that only listens. */
    final int senderIndex;
    final LineSplitter splitter = new LineSplitter(MAX_LINE);
    final BitSet received = new BitSet();

    State state = State.WAITING;
    boolean joined;
    boolean closedByServer;
    SelectionKey key;
    Transport transport;
    long connectStarted;
    /** Bytes of a frame the socket did not take yet; null when everything is written. */
    ByteBuffer pending;

    long lastId = -1;
    long outOfOrder;
    long duplicates;
    long sentCount;
    int inFlight;
    /** At rate 0, when a sender the server refused (RATE_LIMITED) may speak again. */
    long quietUntil;

    LoadClient(int index, String nick, int senderIndex) {
        this.index = index;
        this.nick = nick;
        this.senderIndex = senderIndex;
    }

    boolean isSender() {
        return senderIndex >= 0;
    }

    /** Marks the client closed and closes its connection, if it has one. Never throws. */
    void close() {
        state = State.CLOSED;
        if (transport != null) {
            transport.close();
        }
    }
}
