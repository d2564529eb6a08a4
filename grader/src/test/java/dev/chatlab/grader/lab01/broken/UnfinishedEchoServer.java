package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server whose echo is still the starter's stub ({@link BrokenEchoServer.Defect#UNFINISHED_ECHO}). */
public final class UnfinishedEchoServer {

    private UnfinishedEchoServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.UNFINISHED_ECHO, args);
    }
}
