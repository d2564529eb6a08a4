package dev.chatlab.lab05.web;

import java.io.PrintStream;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * Decides each WebSocket upgrade at {@code /chat}: a page from an origin that {@link OriginPolicy} does not
 * allow gets {@code 403 Forbidden} and no WebSocket; any other request gets a new {@link ChatBridge}. The
 * connection bound is checked later, by the bridge, so that the page can be told why in a close frame.
 */
final class BridgeCreator implements WebSocketCreator {

    private final OriginPolicy origins;
    private final GatewaySettings settings;
    private final BridgeRegistry registry;
    private final PrintStream log;

    BridgeCreator(OriginPolicy origins, GatewaySettings settings, BridgeRegistry registry, PrintStream log) {
        this.origins = Objects.requireNonNull(origins, "origins");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (!origins.allows(origin)) {
            log.println("web: refused a WebSocket from the origin " + origin + " (allowed: " + origins.allowed()
                    + "; add one with --allow-origin)");
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403,
                    "Origin not allowed: " + origin);
            return null;
        }
        return new ChatBridge(settings, registry, log);
    }
}
