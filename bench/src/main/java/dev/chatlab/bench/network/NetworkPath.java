package dev.chatlab.bench.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What stands between the clients of one run and its server: nothing ({@link Direct}), or a relay that
 * shapes every connection as a {@link NetworkPreset} says ({@link RelayedPath}). Open one per server, after
 * the server listens; close it after the run.
 */
public sealed interface NetworkPath extends AutoCloseable permits NetworkPath.Direct, RelayedPath {

    /**
     * The path to {@code server} for {@code preset}: direct for {@link NetworkPreset#NONE}, otherwise a relay
     * started in this JVM. Does not block beyond binding the relay's port.
     *
     * @throws IOException if the relay cannot listen
     */
    static NetworkPath open(NetworkPreset preset, InetSocketAddress server) throws IOException {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(server, "server");
        return preset.relayed() ? RelayedPath.start(preset, server) : new Direct(server);
    }

    /** The network the path stands for. */
    NetworkPreset preset();

    /** Where the clients connect: the server itself, or the relay. */
    InetSocketAddress address();

    /** Stops the relay and closes every connection through it; nothing for a direct path. Idempotent. */
    @Override
    void close();

    /** No relay: the clients connect to the server. */
    record Direct(InetSocketAddress address) implements NetworkPath {

        public Direct {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public NetworkPreset preset() {
            return NetworkPreset.NONE;
        }

        @Override
        public void close() {
            // nothing between the clients and the server: nothing to close
        }
    }
}
