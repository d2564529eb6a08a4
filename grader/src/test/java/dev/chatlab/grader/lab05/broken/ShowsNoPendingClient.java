package dev.chatlab.grader.lab05.broken;

import dev.chatlab.lab05.model.ChatEvent;

/**
 * lab05's desktop client without a pending state: a typed message shows only when the server's copy of it
 * arrives, already delivered.
 */
public final class ShowsNoPendingClient {

    private ShowsNoPendingClient() {
    }

    public static void main(String[] args) {
        Lab05Parts.run(args, batch -> batch.stream().filter(event -> !(event instanceof ChatEvent.Queued)).toList(), false);
    }
}
