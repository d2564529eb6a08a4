package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that hangs on SIGTERM while a client is connected ({@link BrokenEchoServer.Defect#WAITS_FOR_ITS_CLIENT_ON_SIGTERM}). */
public final class WaitsForItsClientOnSigtermServer {

    private WaitsForItsClientOnSigtermServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.WAITS_FOR_ITS_CLIENT_ON_SIGTERM, args);
    }
}
