package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that listens on 7011 without --port ({@link BrokenEchoServer.Defect#DEFAULTS_TO_ANOTHER_PORT}). */
public final class DefaultsToAnotherPortServer {

    private DefaultsToAnotherPortServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.DEFAULTS_TO_ANOTHER_PORT, args);
    }
}
