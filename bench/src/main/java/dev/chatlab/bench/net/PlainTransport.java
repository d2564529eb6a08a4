package dev.chatlab.bench.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/** Plain TCP: application bytes are the bytes on the wire. */
public final class PlainTransport implements Transport {

    private final SocketChannel channel;

    /** A transport over {@code channel}, which must be connected and non-blocking. */
    public PlainTransport(SocketChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return channel.write(src);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a socket the server has already reset: nothing is left to release.
        }
    }
}
