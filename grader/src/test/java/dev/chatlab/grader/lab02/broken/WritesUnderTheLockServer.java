package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that writes every broadcast to each socket under the room's lock: one client
 * that stops reading stalls the whole room, and is never dropped. */
public final class WritesUnderTheLockServer {

    private WritesUnderTheLockServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.WRITES_UNDER_THE_LOCK);
    }
}
