package dev.chatlab.lab04.client;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The event thread of a {@link ReconnectingClient}: the one thread on which all of the client's state lives
 * and the {@link ClientListener} is called, one task at a time, in order. The connection's reader and writer
 * threads and the public methods hand their work to it; its timers (answer deadline, heartbeat check,
 * backoff, send rate) run on it too. A listener's exception is reported to the thread's uncaught-exception
 * handler and the thread goes on. Once {@link #shutdown()}, nothing more runs.
 */
final class ClientEvents {

    private final ScheduledExecutorService executor;
    private volatile Thread thread;

    /** An event thread, a daemon, started with its first task. */
    ClientEvents() {
        ThreadFactory threads = Thread.ofPlatform().daemon().name("chat client events").factory();
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread created = threads.newThread(task);
            thread = created;
            return created;
        });
    }

    /** Whether the caller is the event thread (then the client's methods run inline). */
    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /**
     * Runs {@code task} on the event thread (inline when already on it) and returns its result; blocks
     * briefly, since the event thread never waits for a socket. {@code false} once the thread is shut down.
     *
     * @throws IllegalStateException if the task throws
     */
    boolean call(Callable<Boolean> task) {
        if (isCurrent()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return executor.submit(task).get();
        } catch (RejectedExecutionException e) {
            return false; // closed: the event thread is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The client's event thread failed", e.getCause());
        }
    }

    /** Runs {@code task} on the event thread later; dropped once the thread is shut down. Never blocks. */
    void post(Runnable task) {
        try {
            executor.execute(() -> guarded(task));
        } catch (RejectedExecutionException e) {
            // Closed: nothing is handled any more.
        }
    }

    /** Runs {@code task} on the event thread after {@code delay}; null once the thread is shut down. */
    ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        try {
            return executor.schedule(() -> guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Ends the event thread once the task running now, if any, returns. */
    void shutdown() {
        executor.shutdown();
    }

    /** Cancels a task scheduled earlier, if any. */
    static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /** Runs {@code task}; a listener's exception is reported, not swallowed, and the event thread goes on. */
    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, e);
        }
    }
}
