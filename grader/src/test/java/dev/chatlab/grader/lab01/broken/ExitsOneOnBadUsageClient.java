package dev.chatlab.grader.lab01.broken;

/** A lab01 echo client that exits 1, not 2, on bad usage ({@link BrokenEchoClient.Defect#EXITS_1_ON_BAD_USAGE}). */
public final class ExitsOneOnBadUsageClient {

    private ExitsOneOnBadUsageClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        BrokenEchoClient.run(BrokenEchoClient.Defect.EXITS_1_ON_BAD_USAGE, args);
    }
}
