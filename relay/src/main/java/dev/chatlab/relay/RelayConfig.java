package dev.chatlab.relay;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How to open a {@link Relay}: the port to listen on (127.0.0.1; 0 picks a free one), the target every link
 * connects to (this machine only), the seed of every random choice, and the per-direction bounds of a link:
 * how many bytes it captures and how many it holds while they wait.
 *
 * @param listenPort 0 to 65535
 * @param target a resolved loopback address and a port 1 to 65535
 * @param captureLimit bytes captured per direction of a link, 0 (none) to {@link #MAX_CAPTURE}
 * @param bufferLimit bytes held per direction of a link while they wait, 1 to {@link #MAX_CAPTURE}
 */
public record RelayConfig(int listenPort, InetSocketAddress target, long seed, int captureLimit, int bufferLimit) {

    /** The largest capture and buffer: 16 MiB per direction of a link. */
    public static final int MAX_CAPTURE = 16 << 20;
    /** The bytes a direction holds by default while they wait: 4 MiB. */
    public static final int DEFAULT_BUFFER = 4 << 20;

    public RelayConfig {
        checkPort("Listen port", listenPort, 0);
        Objects.requireNonNull(target, "target");
        checkTarget(target);
        if (captureLimit < 0 || captureLimit > MAX_CAPTURE) {
            throw new IllegalArgumentException("Capture limit out of range (0 to 16 MiB): " + captureLimit);
        }
        if (bufferLimit < 1 || bufferLimit > MAX_CAPTURE) {
            throw new IllegalArgumentException("Buffer limit out of range (1 B to 16 MiB): " + bufferLimit);
        }
    }

    /** A relay to {@code 127.0.0.1:targetPort} on a free port, with a fresh seed, no capture, a 4 MiB buffer. */
    public static RelayConfig to(int targetPort) {
        return to(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
    }

    /** A relay to {@code target} on a free port, with a fresh seed, no capture, a 4 MiB buffer. */
    public static RelayConfig to(InetSocketAddress target) {
        return new RelayConfig(0, target, ThreadLocalRandom.current().nextLong(), 0, DEFAULT_BUFFER);
    }

    public RelayConfig withListenPort(int port) {
        return new RelayConfig(port, target, seed, captureLimit, bufferLimit);
    }

    public RelayConfig withSeed(long newSeed) {
        return new RelayConfig(listenPort, target, newSeed, captureLimit, bufferLimit);
    }

    /** This config capturing the first {@code bytes} of each direction of each link. */
    public RelayConfig withCapture(int bytes) {
        return new RelayConfig(listenPort, target, seed, bytes, bufferLimit);
    }

    public RelayConfig withBuffer(int bytes) {
        return new RelayConfig(listenPort, target, seed, captureLimit, bytes);
    }

    /**
     * Rejects a target that is not on this machine: the relay breaks connections on purpose, and must not be
     * turned into a way to reach other hosts.
     *
     * @throws IllegalArgumentException naming the target
     */
    public static void checkTarget(InetSocketAddress target) {
        if (target.isUnresolved() || !target.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("Target must be on this machine (a loopback address such as "
                    + "127.0.0.1 or localhost), not " + target.getHostString());
        }
        checkPort("Target port", target.getPort(), 1);
    }

    private static void checkPort(String what, int port, int lowest) {
        if (port < lowest || port > 65_535) {
            throw new IllegalArgumentException(what + " out of range: " + port);
        }
    }
}
