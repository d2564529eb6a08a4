package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that dies on a client reset ({@link BrokenEchoServer.Defect#DIES_ON_RESET}). */
public final class DiesOnResetServer {

    private DiesOnResetServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.DIES_ON_RESET, args);
    }
}
