package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server whose says reach everyone but their sender. */
public final class SkipsTheSenderServer {

    private SkipsTheSenderServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.SKIPS_THE_SENDER);
    }
}
