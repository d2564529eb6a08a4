/**
 * The browser gateway: a Jetty 12 HTTP server that serves the chat page from the jar and bridges each
 * WebSocket at {@code /chat} to a TLS connection of its own to a lab04 server. One WebSocket text message is
 * one chat/1 frame, in both directions, unchanged: the page speaks chat/1 itself (hello, say with cid, ack,
 * resume, pong), the gateway only moves frames between a message-based transport and a byte stream.
 *
 * <p>Layers, from the browser inward: {@link dev.chatlab.lab05.web.WebGateway} (HTTP, the page, the
 * upgrade), {@link dev.chatlab.lab05.web.BridgeCreator} (the Origin check at the upgrade),
 * {@link dev.chatlab.lab05.web.ChatBridge} (one WebSocket: limits, close reasons) and
 * {@link dev.chatlab.lab05.web.UpstreamLink} (one TLS connection, lab03's {@code TlsConnector}).
 * {@link dev.chatlab.lab05.web.WebCommand} is the {@code web} command line.
 */
package dev.chatlab.lab05.web;
