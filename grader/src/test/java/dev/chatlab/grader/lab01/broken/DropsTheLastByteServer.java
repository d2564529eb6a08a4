package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that drops the last byte ({@link BrokenEchoServer.Defect#DROPS_THE_LAST_BYTE}). */
public final class DropsTheLastByteServer {

    private DropsTheLastByteServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.DROPS_THE_LAST_BYTE, args);
    }
}
