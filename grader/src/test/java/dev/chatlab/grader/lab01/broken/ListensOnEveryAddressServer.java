package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that listens on every address of the machine ({@link BrokenEchoServer.Defect#LISTENS_ON_EVERY_ADDRESS}). */
public final class ListensOnEveryAddressServer {

    private ListensOnEveryAddressServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.LISTENS_ON_EVERY_ADDRESS, args);
    }
}
