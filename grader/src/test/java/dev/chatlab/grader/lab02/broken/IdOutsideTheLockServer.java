package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that draws a message's id before taking the room's lock, so that concurrent says
 * may reach the clients out of id order. */
public final class IdOutsideTheLockServer {

    private IdOutsideTheLockServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.ID_OUTSIDE_THE_LOCK);
    }
}
