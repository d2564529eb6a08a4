package dev.chatlab.grader.lab05.broken;

/**
 * lab05's desktop client whose list cannot keep up: of a batch of more than 64 events it applies the first 64
 * and drops the rest, so a burst of messages loses rows.
 */
public final class DropsRowsInABurstClient {

    private static final int KEPT = 64;

    private DropsRowsInABurstClient() {
    }

    public static void main(String[] args) {
        Lab05Parts.run(args, batch -> batch.size() > KEPT ? batch.subList(0, KEPT) : batch, false);
    }
}
