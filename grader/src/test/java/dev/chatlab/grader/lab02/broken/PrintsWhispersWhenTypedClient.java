package dev.chatlab.grader.lab02.broken;

/** A console client that prints `-> *bob* psst` as soon as the whisper is typed, before the server
 * accepted it. */
public final class PrintsWhispersWhenTypedClient {

    private PrintsWhispersWhenTypedClient() {
    }

    public static void main(String[] args) {
        MiniChatClient.run(args, MiniChatClient.Defect.PRINTS_WHISPERS_WHEN_TYPED);
    }
}
