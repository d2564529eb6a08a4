package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that closes the connection after answering a line that is too long. */
public final class ClosesOnLongFramesServer {

    private ClosesOnLongFramesServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.CLOSES_ON_LONG_FRAMES);
    }
}
