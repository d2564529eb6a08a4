package dev.chatlab.grader.lab05.broken;

import java.util.function.UnaryOperator;

/** lab05's desktop client that connects on the EDT: its window freezes until the server's welcome. */
public final class ConnectsOnTheEdtClient {

    private ConnectsOnTheEdtClient() {
    }

    public static void main(String[] args) {
        Lab05Parts.run(args, UnaryOperator.identity(), true);
    }
}
