package dev.chatlab.grader.lab04.broken;

import dev.chatlab.lab04.Lab04;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.server.ServerParts;
import java.util.concurrent.CompletableFuture;

/**
 * The reference server, but a detached session never expires: nobody is told it left, its nick stays taken
 * and its session can be resumed forever (bye and the server's own closes still end a session at once).
 */
public final class NeverExpiresServer {

    private NeverExpiresServer() {
    }

    public static void main(String[] args) {
        Lab04.main(args, ServerParts.REFERENCE.withExpiry((expire, window, timers) -> new CompletableFuture<>()),
                ClientParts.REFERENCE);
    }
}
