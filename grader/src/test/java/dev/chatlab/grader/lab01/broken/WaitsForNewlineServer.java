package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that waits for the newline ({@link BrokenEchoServer.Defect#WAITS_FOR_NEWLINE}). */
public final class WaitsForNewlineServer {

    private WaitsForNewlineServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.WAITS_FOR_NEWLINE, args);
    }
}
