package dev.chatlab.grader.lab02.broken;

import java.io.IOException;

/** A chat server that sorts nicks by their upper-case form, which puts '_' after the letters. */
public final class SortsByTheUpperCaseNickServer {

    private SortsByTheUpperCaseNickServer() {
    }

    public static void main(String[] args) throws IOException {
        MiniChatServer.run(args, MiniChatServer.Defect.SORTS_BY_THE_UPPER_CASE_NICK);
    }
}
