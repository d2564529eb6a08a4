package dev.chatlab.lab01.echo;

import java.util.concurrent.CompletableFuture;

/** Runs a blocking piece of a test on its own thread; the future reports how it ended. */
final class Background {

    /** A task that may block and throw. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private Background() {
    }

    static CompletableFuture<Void> run(String name, Task task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
