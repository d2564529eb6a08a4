package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that exits 1, not 2, on bad usage ({@link BrokenEchoServer.Defect#EXITS_1_ON_BAD_USAGE}). */
public final class ExitsOneOnBadUsageServer {

    private ExitsOneOnBadUsageServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.EXITS_1_ON_BAD_USAGE, args);
    }
}
