package dev.chatlab.grader.lab05.broken;

import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab05.model.ChatEvent;

/** lab05's desktop client whose status bar never hears that the client is reconnecting. */
public final class NeverShowsReconnectingClient {

    private NeverShowsReconnectingClient() {
    }

    public static void main(String[] args) {
        Lab05Parts.run(args, batch -> batch.stream().filter(event -> !(event instanceof ChatEvent.StateChanged changed
                && changed.state() instanceof ClientState.Reconnecting)).toList(), false);
    }
}
