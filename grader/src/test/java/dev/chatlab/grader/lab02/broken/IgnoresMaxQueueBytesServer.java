package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that bounds every queue by 1 MiB whatever --max-queue-bytes says. */
public final class IgnoresMaxQueueBytesServer {

    private IgnoresMaxQueueBytesServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.IGNORES_MAX_QUEUE_BYTES);
    }
}
