package dev.chatlab.grader.lab04.broken;

import dev.chatlab.lab04.Lab04;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.server.ServerParts;

/**
 * The reference client, but without jitter: it waits the whole ceiling {@code min(8 s, 0.25 s * 2^attempt)}
 * before each attempt, so that clients dropped together all come back at the same instants.
 */
public final class NoJitterClient {

    private NoJitterClient() {
    }

    public static void main(String[] args) {
        Lab04.main(args, ServerParts.REFERENCE, ClientParts.REFERENCE.withJitter((ceiling, random) -> ceiling));
    }
}
