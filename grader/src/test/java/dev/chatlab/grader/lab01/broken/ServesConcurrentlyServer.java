package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that serves each client on a thread of its own ({@link BrokenEchoServer.Defect#SERVES_CONCURRENTLY}). */
public final class ServesConcurrentlyServer {

    private ServesConcurrentlyServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.SERVES_CONCURRENTLY, args);
    }
}
