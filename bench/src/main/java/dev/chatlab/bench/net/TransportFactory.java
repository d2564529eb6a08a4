package dev.chatlab.bench.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

/**
 * Chooses how a server's connections carry chat/1: {@link #PLAIN} for lab02 and most servers,
 * {@link TlsTrust} for lab03 and lab04. The load loop asks it for one {@link Transport} per connection,
 * before the TCP connect starts; the choice is made once per run.
 */
@FunctionalInterface
public interface TransportFactory {

    /** Plain TCP: application bytes are the bytes on the wire. */
    TransportFactory PLAIN = (channel, address) -> new PlainTransport(channel);

    /**
     * A transport over {@code channel}, which will connect to {@code address}.
     *
     * @throws IOException if the transport cannot be set up for this connection
     */
    Transport open(SocketChannel channel, InetSocketAddress address) throws IOException;
}
