package dev.chatlab.relay.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.relay.LoopbackTarget;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.action.TimedAction;
import dev.chatlab.relay.event.RelayEvent;
import dev.chatlab.relay.fault.FaultRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Chaos is drawn from the seed: the same seed replays the same schedule and the same transcript. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChaosRunTest {

    private static final ChaosPlan PLAN = new ChaosPlan(Duration.ofMillis(600), Duration.ofMillis(20),
            Duration.ofMillis(60));

    @Test
    void the_same_seed_gives_the_same_schedule_and_the_same_event_log() throws Exception {
        Replay first = runChaos(7);
        Replay second = runChaos(7);
        assertThat(first.schedule()).isNotEmpty().isEqualTo(second.schedule());
        assertThat(first.events()).isEqualTo(second.events());
        assertThat(first.events()).anyMatch(line -> line.startsWith("cut link "))
                .anyMatch(line -> line.startsWith("chaos (seed 7): " + first.schedule().size() + " steps"));
    }

    @Test
    void another_seed_gives_another_schedule() {
        assertThat(PLAN.schedule(new FaultRandom(1).stream("chaos")))
                .isNotEqualTo(PLAN.schedule(new FaultRandom(2).stream("chaos")));
    }

    @Test
    void a_schedule_stays_within_its_duration_and_intervals() {
        List<TimedAction> steps = PLAN.schedule(new FaultRandom(3).stream("chaos"));
        assertThat(steps).hasSizeBetween(600 / 60 - 1, 600 / 20);
        Duration previous = Duration.ZERO;
        for (TimedAction step : steps) {
            assertThat(step.at().minus(previous)).isBetween(Duration.ofMillis(20), Duration.ofMillis(60));
            previous = step.at();
        }
        assertThat(previous).isLessThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void a_plan_with_too_many_steps_or_a_backwards_interval_is_rejected() {
        assertThatThrownBy(() -> new ChaosPlan(Duration.ofHours(10), Duration.ofMillis(10), Duration.ofMillis(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 100000 steps");
        assertThatThrownBy(() -> new ChaosPlan(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50ms..20ms");
    }

    private record Replay(List<TimedAction> schedule, List<String> events) {
    }

    /** Three idle links under chaos; the events without times, less those that name a port. */
    private static Replay runChaos(long seed) throws Exception {
        try (LoopbackTarget target = LoopbackTarget.start();
             Relay relay = Relay.start(RelayConfig.to(target.port()).withSeed(seed), LoopbackTarget.QUIET)) {
            List<LoopbackTarget.Ends> links = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                links.add(target.connect(relay));
            }
            assertThat(relay.links().awaitStarted(3, Duration.ofSeconds(10))).isTrue();
            ChaosRun chaos = ChaosRun.start(relay, PLAN);
            ChaosSummary summary = chaos.summary().get(10, TimeUnit.SECONDS);
            assertThat(summary.steps()).isEqualTo(chaos.schedule().size());
            List<String> events = relay.events().events().stream()
                    .filter(event -> !(event instanceof RelayEvent.LinkOpened))
                    .map(RelayEvent::describe)
                    .filter(line -> !line.startsWith("relaying "))
                    .toList();
            for (LoopbackTarget.Ends ends : links) {
                ends.close();
            }
            return new Replay(chaos.schedule(), events);
        }
    }
}
