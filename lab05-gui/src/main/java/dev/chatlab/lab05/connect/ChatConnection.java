package dev.chatlab.lab05.connect;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.client.ConnectFailedException;
import dev.chatlab.lab04.client.ReconnectingClient;
import dev.chatlab.lab05.model.ChatEvent;
import dev.chatlab.lab05.model.EventBridge;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Opens lab04's {@link ReconnectingClient} for a {@link ConnectRequest}, off the EDT: reading the CA file, the
 * TCP connect, the TLS handshake and the hello all block, so {@link #open} runs them on a thread of its own and
 * completes a future. Everything the client reports goes to {@code bridge}.
 */
public final class ChatConnection {

    private ChatConnection() {
    }

    /**
     * Starts connecting on a new thread. The future completes with the online client, or exceptionally with
     * {@link ConnectFailedException} (refused, or cannot connect: its message says why, e.g. {@code TLS: ...}),
     * or with the unexpected exception of a bug, whose stack trace goes to the thread's uncaught-exception
     * handler (stderr) too.
     */
    public static CompletableFuture<ReconnectingClient> open(ConnectRequest request, EventBridge bridge,
                                                            ClientSettings settings) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(bridge, "bridge");
        Objects.requireNonNull(settings, "settings");
        CompletableFuture<ReconnectingClient> result = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("chat connect").start(() -> {
            try {
                ClientTls tls = ClientTls.fromPem(request.ca(), null, null);
                SecuredConnector connector = new SecuredConnector(new TlsConnector(tls, request.host(), request.port()),
                        (protocol, fingerprint) -> bridge.post(new ChatEvent.Secured(protocol, fingerprint)));
                ReconnectingClient client = new ReconnectingClient(connector,
                        new ClientFrame.Hello(request.nick(), request.password()), bridge, settings);
                client.connect();
                result.complete(client);
            } catch (IOException | GeneralSecurityException e) {
                result.completeExceptionally(new ConnectFailedException("TLS: cannot use the CA file "
                        + request.ca() + ": " + e.getMessage(), null, e));
            } catch (ConnectFailedException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                // A bug, not a refusal or a network failure: the dialog shows it, stderr keeps its stack trace.
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
                result.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
