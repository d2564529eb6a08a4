package dev.chatlab.grader.check;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The turn of an {@link Check#exclusive()} check among every grading on the machine: a lock on a file, which
 * the gradings of a batch, each in a JVM of its own, share through the {@value #PROPERTY} system property
 * (default: {@code chatlab-machine.lock} in the temporary folder), and a lock within this JVM.
 */
public final class MachineLock {

    /** The system property naming the lock file. */
    public static final String PROPERTY = "chatlab.machine-lock";
    /** How long a check waits for its turn: a few times the longest a check may run. */
    static final Duration WAIT = Duration.ofMinutes(3);

    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private MachineLock() {
    }

    /**
     * Waits for the turn, at most {@link #WAIT}; the returned handle gives it back.
     *
     * @throws IllegalStateException if the turn did not come in time, or the lock file cannot be opened
     */
    static AutoCloseable acquire() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        if (!IN_THIS_JVM.tryLock(WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("expected a turn at the machine's default port within " + WAIT.toSeconds()
                    + " s, but another check of this grader kept it");
        }
        Path file = Path.of(System.getProperty(PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "chatlab-machine.lock").toString()));
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = tryLock(channel)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("expected a turn at the machine's default port within "
                            + WAIT.toSeconds() + " s, but another grading kept " + file);
                }
                Thread.sleep(100); // another JVM holds it: file locks have no wait with a timeout
            }
            FileLock held = lock;
            FileChannel open = channel;
            return () -> {
                try (open) {
                    held.release();
                } finally {
                    IN_THIS_JVM.unlock();
                }
            };
        } catch (IOException e) {
            closeQuietly(channel);
            IN_THIS_JVM.unlock();
            throw new IllegalStateException("Cannot open the machine lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException | RuntimeException e) {
            closeQuietly(channel);
            IN_THIS_JVM.unlock();
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException alreadyFailing) {
                // The failure being reported says more.
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null; // cannot happen while IN_THIS_JVM is held, but never a reason to fail
        }
    }
}
