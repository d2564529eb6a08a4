package dev.chatlab.grader.lab02.broken;

/** A console client that exits with status 0, not 3, when the server drops the connection. */
public final class ExitsZeroWhenDroppedClient {

    private ExitsZeroWhenDroppedClient() {
    }

    public static void main(String[] args) {
        MiniChatClient.run(args, MiniChatClient.Defect.EXITS_0_WHEN_DROPPED);
    }
}
