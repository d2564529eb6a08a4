package dev.chatlab.lab05.web;

import dev.chatlab.lab01.cli.ListeningServer;
import dev.chatlab.lab02.protocol.FrameReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The browser gateway: one Jetty server (core API, no servlets) on one port, with three layers of handlers:
 * <ol>
 *   <li>{@link WebSocketUpgradeHandler}: a request to {@code /chat} that asks for a WebSocket is upgraded
 *       (after {@link BridgeCreator}'s Origin check) and becomes a {@link ChatBridge}; text messages of at
 *       most 16384 bytes, chat/1's frame limit (Jetty closes with 1009 for a longer one);</li>
 *   <li>a handler that adds the page's security headers (its scripts and connections stay on this origin,
 *       no other site may frame it);</li>
 *   <li>{@link ResourceHandler}: the page, from the jar's {@code web/} folder.</li>
 * </ol>
 * {@link #serve()} blocks until {@link #close()}, which closes every WebSocket with 1001 and stops Jetty.
 */
public final class WebGateway implements ListeningServer {

    /** A WebSocket with no traffic at all for this long is closed (the chat server pings every few seconds). */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

    private static final String SECURITY_POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Server server;
    private final ServerConnector connector;
    private final BridgeRegistry bridges;
    private final OriginPolicy origins;

    private WebGateway(Server server, ServerConnector connector, BridgeRegistry bridges, OriginPolicy origins) {
        this.server = server;
        this.connector = connector;
        this.bridges = bridges;
        this.origins = origins;
    }

    /**
     * Binds {@code address} (port 0 picks a free one) and starts serving; does not block.
     *
     * @param extraOrigins origins allowed besides the gateway's own ({@code --allow-origin})
     * @throws IOException if the address cannot be bound
     * @throws IllegalArgumentException if an extra origin is not {@code http[s]://host[:port]}
     */
    public static WebGateway open(InetSocketAddress address, GatewaySettings settings, List<String> extraOrigins,
                                  PrintStream log) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(log, "log");
        extraOrigins.forEach(OriginPolicy::normalise); // a bad one fails before anything is bound
        Server server = new Server();
        server.setStopTimeout(2000); // time for the close frames to leave
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(12...)" header: nothing to tell a scanner
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        server.addConnector(connector);
        connector.open(); // bound now: the port is known before the origins are
        OriginPolicy origins = OriginPolicy.forGateway(address.getAddress(), connector.getLocalPort(), extraOrigins);
        BridgeRegistry bridges = new BridgeRegistry(settings.maxConnections());

        ContextHandler context = new ContextHandler("/");
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, context, container -> {
            container.setMaxTextMessageSize(FrameReader.MAX_FRAME_BYTES);
            container.setMaxBinaryMessageSize(FrameReader.MAX_FRAME_BYTES); // refused anyway: see ChatBridge
            container.setIdleTimeout(IDLE_TIMEOUT);
            container.addMapping("/chat", new BridgeCreator(origins, settings, bridges, log));
        });
        ResourceHandler page = new ResourceHandler();
        page.setBaseResource(ResourceFactory.of(server).newClassLoaderResource("web/"));
        page.setWelcomeFiles("index.html");
        page.setDirAllowed(false);
        page.setCacheControl("no-cache");
        upgrade.setHandler(new SecurityHeaders(page));
        context.setHandler(upgrade);
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        return new WebGateway(server, connector, bridges, origins);
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    /** The origins whose pages may open a WebSocket. */
    public OriginPolicy origins() {
        return origins;
    }

    /** WebSockets open now. */
    public int openBridges() {
        return bridges.size();
    }

    @Override
    public void serve() throws IOException {
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        bridges.closeAll(CloseReason.shuttingDown());
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is all that is left to do; Jetty has logged what went wrong.
        }
    }

    /** Adds the page's security headers to every response it serves. */
    private static final class SecurityHeaders extends Handler.Wrapper {

        SecurityHeaders(Handler page) {
            super(page);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            response.getHeaders().put("Content-Security-Policy", SECURITY_POLICY);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            return super.handle(request, response, callback);
        }
    }
}
