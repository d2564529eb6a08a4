package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that delivers a whisper to oneself twice, as recipient and as sender. */
public final class WhispersToOneselfTwiceServer {

    private WhispersToOneselfTwiceServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.WHISPERS_TO_ONESELF_TWICE);
    }
}
