package dev.chatlab.relay.link;

import dev.chatlab.relay.event.RelayEvent;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One relayed connection: the accepted client socket joined to a socket to the target by two
 * {@link DirectionPump}s, {@link Direction#UP} and {@link Direction#DOWN}. It ends once both directions have
 * forwarded their end of stream, or at the first reset or failure (forwarded as a reset), or when cut. Every
 * method is thread-safe and none blocks.
 */
public final class RelayLink {

    private final int id;
    private final String client;
    private final Socket clientSocket;
    private final Socket serverSocket;
    private final LinkContext context;
    private final Map<Direction, DirectionPump> pumps = new EnumMap<>(Direction.class);
    private final Set<Direction> ended = EnumSet.noneOf(Direction.class); // guarded by this
    private String closeReason;                                           // guarded by this; null while open

    /** Joins {@code clientSocket} to {@code serverSocket}; nothing moves until {@link #start()}. */
    public RelayLink(int id, Socket clientSocket, Socket serverSocket, LinkContext context) {
        this.id = id;
        this.clientSocket = Objects.requireNonNull(clientSocket, "clientSocket");
        this.serverSocket = Objects.requireNonNull(serverSocket, "serverSocket");
        this.context = Objects.requireNonNull(context, "context");
        this.client = clientSocket.getInetAddress().getHostAddress() + ":" + clientSocket.getPort();
        pumps.put(Direction.UP, new DirectionPump(this, Direction.UP, clientSocket, serverSocket, context));
        pumps.put(Direction.DOWN, new DirectionPump(this, Direction.DOWN, serverSocket, clientSocket, context));
    }

    /** Starts the four virtual threads that move the bytes. */
    public void start() {
        pumps.values().forEach(DirectionPump::start);
    }

    /** The link's number: 1 for the first link the relay accepted, then 2, 3... */
    public int id() {
        return id;
    }

    /** The client's address and port, {@code 127.0.0.1:51234}. */
    public String client() {
        return client;
    }

    public synchronized boolean isOpen() {
        return closeReason == null;
    }

    /** Why the link ended ({@code cut by the relay (reset)}, ...), or empty while it is open. */
    public synchronized Optional<String> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    /** The bytes read so far in {@code direction} (what its sender sent). */
    public long bytes(Direction direction) {
        return pumps.get(direction).received();
    }

    /** The bytes read in {@code direction} and not written yet: held by latency, a stall or the bandwidth. */
    public long buffered(Direction direction) {
        return pumps.get(direction).buffered();
    }

    public boolean stalled(Direction direction) {
        return pumps.get(direction).gate().stalled();
    }

    /**
     * The first bytes {@code direction} forwarded, as forwarded (after a flip), up to the relay's capture limit:
     * empty when the relay captures nothing.
     */
    public byte[] capture(Direction direction) {
        return pumps.get(direction).captured();
    }

    /** True when {@code direction} forwarded more bytes than the capture holds. */
    public boolean captureTruncated(Direction direction) {
        return pumps.get(direction).captureTruncated();
    }

    /** The offset of the byte a flip changed in {@code direction}, once it has. */
    public OptionalLong flippedAt(Direction direction) {
        return pumps.get(direction).flipped();
    }

    /**
     * Arms {@code spec} on {@code direction} and returns the offset it will flip (drawn from {@code random} for
     * a range).
     *
     * @throws IllegalStateException if that direction has a flip armed, or has gone past the offset
     */
    public long armFlip(Direction direction, FlipSpec spec, RandomGenerator random) {
        long offset = spec.chooseOffset(random);
        pumps.get(direction).armFlip(offset, spec);
        return offset;
    }

    /** Holds the bytes of {@code directions} for {@code duration}, keeping the sockets open. */
    public void stall(Set<Direction> directions, Duration duration) {
        directions.forEach(direction -> pumps.get(direction).gate().stallFor(duration));
    }

    /** Closes both sockets, as {@code mode} says. Idempotent. */
    public void cut(CutMode mode) {
        close("cut by the relay" + mode.suffix(), mode);
    }

    /** Called by a pump whose end of stream has been forwarded; the link ends when both have. */
    void directionEnded(Direction direction) {
        boolean both;
        synchronized (this) {
            ended.add(direction);
            both = ended.size() == 2;
        }
        if (both) {
            close("both sides closed", CutMode.CLOSE);
        }
    }

    /** Called by a pump whose socket failed: ends the link, forwarding the failure as {@code mode}. */
    void fail(String reason, CutMode mode) {
        close(reason, mode);
    }

    /** Ends the link for {@code reason}: closes both sockets as {@code mode} says and stops the pumps. Idempotent. */
    public void close(String reason, CutMode mode) {
        synchronized (this) {
            if (closeReason != null) {
                return;
            }
            closeReason = Objects.requireNonNull(reason, "reason");
        }
        pumps.values().forEach(DirectionPump::close);
        closeSocket(clientSocket, mode);
        closeSocket(serverSocket, mode);
        context.events().record(at -> new RelayEvent.LinkClosed(at, id, reason,
                bytes(Direction.UP), bytes(Direction.DOWN)));
        context.onClosed().accept(this);
    }

    private void closeSocket(Socket socket, CutMode mode) {
        try {
            if (mode == CutMode.RESET && !socket.isClosed()) {
                socket.setSoLinger(true, 0); // close() then sends an RST instead of a FIN
            }
        } catch (IOException e) {
            // the socket is already broken: closing it below is all there is left to do
        }
        try {
            socket.close();
        } catch (IOException e) {
            context.events().notice("link " + id + ": closing a socket failed: " + e.getMessage());
        }
    }

    /** {@code link 3 127.0.0.1:51234 up 120 B (4 buffered, stalled) down 4 B}. */
    public String describe() {
        return "link " + id + " " + client + " up " + describe(Direction.UP) + " down " + describe(Direction.DOWN);
    }

    private String describe(Direction direction) {
        long buffered = buffered(direction);
        String state = (buffered > 0 ? buffered + " buffered" : "") + (stalled(direction) ? (buffered > 0 ? ", " : "") + "stalled" : "");
        return bytes(direction) + " B" + (state.isEmpty() ? "" : " (" + state + ")");
    }
}
