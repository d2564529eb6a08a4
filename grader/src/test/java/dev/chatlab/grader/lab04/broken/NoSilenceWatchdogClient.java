package dev.chatlab.grader.lab04.broken;

import dev.chatlab.lab04.Lab04;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.server.ServerParts;

/**
 * The reference client, but it takes a connection for lost only when reading or writing fails: the server's
 * silence never counts, so a server that stalls without closing keeps the client waiting forever.
 */
public final class NoSilenceWatchdogClient {

    private NoSilenceWatchdogClient() {
    }

    public static void main(String[] args) {
        Lab04.main(args, ServerParts.REFERENCE, ClientParts.REFERENCE.withWatchdog((silence, heartbeat) -> false));
    }
}
