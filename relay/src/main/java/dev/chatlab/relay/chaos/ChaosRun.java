package dev.chatlab.relay.chaos;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.action.ActionRun;
import dev.chatlab.relay.action.TimedAction;
import dev.chatlab.relay.fault.FaultRandom;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link ChaosPlan} playing on a relay. Its schedule is drawn from the relay's seed when it starts, so two
 * relays with the same seed get the same schedule; the summary is also recorded as a notice when the run ends.
 */
public final class ChaosRun implements AutoCloseable {

    private final List<TimedAction> schedule;
    private final ActionRun run;
    private final CompletableFuture<ChaosSummary> summary;

    private ChaosRun(List<TimedAction> schedule, ActionRun run, CompletableFuture<ChaosSummary> summary) {
        this.schedule = schedule;
        this.run = run;
        this.summary = summary;
    }

    /** Draws the schedule of {@code plan} from the relay's seed and starts playing it now. */
    public static ChaosRun start(Relay relay, ChaosPlan plan) {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(plan, "plan");
        List<TimedAction> schedule = plan.schedule(new FaultRandom(relay.seed()).stream("chaos"));
        relay.events().notice("chaos: " + plan.describe() + ", " + schedule.size() + " steps (seed " + relay.seed() + ")");
        ActionRun run = ActionRun.start(relay, "chaos", schedule);
        CompletableFuture<ChaosSummary> summary = run.finished().thenApply(outcomes -> {
            ChaosSummary counted = ChaosSummary.of(relay.seed(), outcomes);
            relay.events().notice(counted.describe());
            return counted;
        });
        return new ChaosRun(schedule, run, summary);
    }

    /** Every step, in order, as drawn from the seed. */
    public List<TimedAction> schedule() {
        return schedule;
    }

    /** Completes with the summary when the run ends. */
    public CompletableFuture<ChaosSummary> summary() {
        return summary;
    }

    /** Stops the run before its next step. */
    @Override
    public void close() {
        run.close();
    }
}
