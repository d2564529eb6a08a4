package dev.chatlab.lab04.server;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A part of the server: the end of a detached session. <b>What this part decides:</b> when a session whose
 * connection was lost stops waiting for its resume. When {@code expire} runs, the session ends like a bye
 * would end it, but with {@code left timeout}: its nick is free again and everything it holds is freed. A
 * resume before that cancels the returned future, and so does the end of the session for another reason.
 * The room calls it under its lock; it must not block.
 */
@FunctionalInterface
public interface SessionExpiry {

    /** The reference: the session ends once it has waited the resume window ({@code --resume-seconds}). */
    SessionExpiry AFTER_WINDOW = (expire, window, timers) ->
            timers.schedule(expire, window.toNanos(), TimeUnit.NANOSECONDS);

    /**
     * Arranges for {@code expire} to run once a session detached now should end; {@code window} is the resume
     * window of the server, {@code timers} the server's timer thread. Returns the handle that a resume cancels.
     *
     * @throws RejectedExecutionException if {@code timers} is shut down: the server is stopping, and the
     *                                    session ends at once
     */
    Future<?> start(Runnable expire, Duration window, ScheduledExecutorService timers);
}
