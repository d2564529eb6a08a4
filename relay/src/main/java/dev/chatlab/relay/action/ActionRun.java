package dev.chatlab.relay.action;

import dev.chatlab.relay.Relay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays a list of {@link TimedAction}s on a relay, on a virtual thread: each action is applied when its time
 * (counted from {@link #start}) comes, in list order. The run ends after the last action, or early when it
 * is closed or its relay closes. An action that fails is reported as a notice, and the run goes on.
 */
public final class ActionRun implements AutoCloseable {

    /** The largest run: 100 000 actions. */
    public static final int MAX_ACTIONS = 100_000;

    /** What became of one action: {@code applied} is false when its link was not open or it failed. */
    public record Outcome(TimedAction action, boolean applied) {
    }

    private final Relay relay;
    private final String name;
    private final List<TimedAction> actions;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CompletableFuture<List<Outcome>> finished = new CompletableFuture<>();

    private ActionRun(Relay relay, String name, List<TimedAction> actions) {
        this.relay = relay;
        this.name = name;
        this.actions = actions;
    }

    /**
     * Starts playing {@code actions} on {@code relay} now; {@code name} ({@code script}, {@code chaos}) prefixes
     * its notices.
     *
     * @throws IllegalArgumentException if there are more than {@link #MAX_ACTIONS} actions
     */
    public static ActionRun start(Relay relay, String name, List<TimedAction> actions) {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(name, "name");
        if (actions.size() > MAX_ACTIONS) {
            throw new IllegalArgumentException("Too many actions for one run (at most " + MAX_ACTIONS + "): "
                    + actions.size());
        }
        ActionRun run = new ActionRun(relay, name, List.copyOf(actions));
        relay.closeWith(run);
        Thread.ofVirtual().name("relay " + name).start(run::play);
        return run;
    }

    private void play() {
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(actions.size());
        try {
            for (TimedAction timed : actions) {
                long wait = start + timed.at().toNanos() - System.nanoTime();
                if (wait > 0 && stopped.await(wait, TimeUnit.NANOSECONDS)) {
                    break;
                }
                if (stopped.getCount() == 0) {
                    break;
                }
                outcomes.add(new Outcome(timed, apply(timed)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long skipped = outcomes.stream().filter(outcome -> !outcome.applied()).count();
        relay.events().notice(name + (outcomes.size() == actions.size() ? " finished" : " stopped") + " after "
                + outcomes.size() + " of " + actions.size() + " actions (" + skipped + " skipped)");
        finished.complete(List.copyOf(outcomes));
    }

    private boolean apply(TimedAction timed) {
        try {
            boolean applied = timed.action().applyTo(relay.faults());
            if (!applied) {
                relay.events().notice(name + ": " + timed.action().describe() + " skipped: no such open link");
            }
            return applied;
        } catch (RuntimeException e) {
            relay.events().notice(name + ": " + timed.action().describe() + " failed: " + e.getMessage());
            return false;
        }
    }

    /** Completes with every action's outcome when the run ends (after the last action, or when stopped). */
    public CompletableFuture<List<Outcome>> finished() {
        return finished;
    }

    /**
     * Blocks until the run ends or {@code timeout} passes; true if it ended.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean await(Duration timeout) throws InterruptedException {
        try {
            finished.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an action run cannot fail", e);
        }
    }

    /** Stops the run before its next action. Idempotent. */
    @Override
    public void close() {
        stopped.countDown();
    }
}
