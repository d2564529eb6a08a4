package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that binds 127.0.0.1 whatever --bind says ({@link BrokenEchoServer.Defect#IGNORES_BIND}). */
public final class IgnoresBindServer {

    private IgnoresBindServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.IGNORES_BIND, args);
    }
}
