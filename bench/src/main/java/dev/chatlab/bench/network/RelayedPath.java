package dev.chatlab.bench.network;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FaultRandom;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A {@link Relay} in this JVM between the clients and the server, shaped as a {@link NetworkPreset} says:
 * latency and jitter on both directions, each direction of each connection paced to the bandwidth, and for
 * a lossy preset a {@link StallScheduler}. The relay runs on virtual threads (four per connection), beside
 * the generator's selector threads; its work counts in the generator's CPU seconds.
 *
 * <p>The relay holds at most {@link #BUFFER_BYTES} per direction of a connection, about what a path and
 * its socket buffers hold: when a client stops reading, the server's writes to it still back up within a few
 * hundred KiB, as they would without the relay.
 */
public final class RelayedPath implements NetworkPath {

    /** Bytes the relay holds per direction of a connection before it stops reading that side. */
    public static final int BUFFER_BYTES = 256 * 1024;

    private final NetworkPreset preset;
    private final Relay relay;

    private RelayedPath(NetworkPreset preset, Relay relay) {
        this.preset = preset;
        this.relay = relay;
    }

    /**
     * Starts a relay to {@code server} on a free loopback port, shaped as {@code preset} says.
     *
     * @throws IOException if the relay cannot listen
     * @throws IllegalArgumentException if {@code preset} is {@link NetworkPreset#NONE} or the server is not on
     *                                  this machine
     */
    static RelayedPath start(NetworkPreset preset, InetSocketAddress server) throws IOException {
        if (!preset.relayed()) {
            throw new IllegalArgumentException("The " + preset.label() + " network has no relay");
        }
        // The relay's events (a line per connection, a line per stall) would drown the progress line.
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Relay relay;
        try {
            relay = Relay.start(RelayConfig.to(server).withBuffer(BUFFER_BYTES), quiet);
        } catch (IOException e) {
            throw new IOException("cannot start the relay of the " + preset.label() + " network: "
                    + e.getMessage(), e);
        }
        relay.faults().latency(Direction.BOTH, preset.oneWayLatency(), preset.jitter());
        relay.faults().bandwidth(Direction.BOTH, preset.bytesPerSecond());
        if (preset.stalls() != null) { // the relay closes the scheduler when it closes
            new StallScheduler(relay, preset.stalls(), new FaultRandom(relay.seed()).stream("stalls")).start();
        }
        return new RelayedPath(preset, relay);
    }

    @Override
    public NetworkPreset preset() {
        return preset;
    }

    @Override
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.port()); // where the relay listens
    }

    @Override
    public void close() {
        relay.close(); // closes the stall scheduler with it
    }
}
