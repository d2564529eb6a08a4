package dev.chatlab.lab05.web;

import dev.chatlab.lab02.client.ServerConnector;
import java.time.Duration;
import java.util.Objects;

/**
 * What every bridge of a gateway shares: the way to the chat server and the gateway's bounds.
 *
 * @param upstream       lab03's TLS connector to the lab04 server (one connection per WebSocket)
 * @param upstreamName   the server as the user gave it, {@code 127.0.0.1:7004}, for logs
 * @param maxConnections WebSockets open at once; one more is closed with 1013 (at least 1)
 * @param maxQueueBytes  bytes of server frames waiting to be sent to one browser; above that the WebSocket
 *                       is closed with 1008, as lab02's server drops a slow consumer (at least 1)
 * @param connectTimeout for the TCP connection and again for the TLS handshake to the server
 */
public record GatewaySettings(ServerConnector upstream, String upstreamName, int maxConnections,
                              long maxQueueBytes, Duration connectTimeout) {

    /** The default of {@code --max-connections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 100;
    /** The default of {@code --max-queue-bytes}: 1 MiB, as lab02's server allows a client. */
    public static final long DEFAULT_MAX_QUEUE_BYTES = 1 << 20;
    /** lab04's client allows 10 s to connect and shake hands. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public GatewaySettings {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(upstreamName, "upstreamName");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("--max-connections must be at least 1: " + maxConnections);
        }
        if (maxQueueBytes < 1) {
            throw new IllegalArgumentException("--max-queue-bytes must be at least 1: " + maxQueueBytes);
        }
    }
}
