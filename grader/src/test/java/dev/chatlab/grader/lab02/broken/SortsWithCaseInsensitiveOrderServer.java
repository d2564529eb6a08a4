package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that sorts nicks with String.CASE_INSENSITIVE_ORDER, which puts '_' after the letters. */
public final class SortsWithCaseInsensitiveOrderServer {

    private SortsWithCaseInsensitiveOrderServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.SORTS_WITH_CASE_INSENSITIVE_ORDER);
    }
}
