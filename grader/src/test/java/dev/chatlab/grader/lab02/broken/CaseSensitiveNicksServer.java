package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that lets "ana" and "ANA" register side by side. */
public final class CaseSensitiveNicksServer {

    private CaseSensitiveNicksServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.CASE_SENSITIVE_NICKS);
    }
}
