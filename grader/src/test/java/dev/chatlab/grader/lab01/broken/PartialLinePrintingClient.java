package dev.chatlab.grader.lab01.broken;

/** A lab01 echo client that prints partial lines ({@link BrokenEchoClient.Defect#PRINTS_PARTIAL_LINES}). */
public final class PartialLinePrintingClient {

    private PartialLinePrintingClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        BrokenEchoClient.run(BrokenEchoClient.Defect.PRINTS_PARTIAL_LINES, args);
    }
}
