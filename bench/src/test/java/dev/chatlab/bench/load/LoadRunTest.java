package dev.chatlab.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LoadRunTest {

    private static final LoadRun.Limits LIMITS = new LoadRun.Limits(2, 200, Duration.ofSeconds(10),
            Duration.ofSeconds(5));

    @Test
    void every_message_reaches_every_client_of_the_reference_server_in_order() throws Exception {
        Scenario scenario = new Scenario("test", 10, 2, 100, Duration.ofSeconds(2), Duration.ZERO, 64, 16);
        List<RunProgress> progress = new ArrayList<>();
        RunResult result;
        try (RunningLab02 server = new RunningLab02()) {
            result = LoadRun.run(scenario, server.address(), ServerUnderTest.attached("lab02"), LIMITS,
                    progress::add);
        }

        assertThat(result.clientsJoined()).isEqualTo(10);
        assertThat(result.sent()).isBetween(150L, 250L);
        assertThat(result.deliveries()).isEqualTo(result.sent() * 10);
        assertThat(result.expectedDeliveries()).isEqualTo(result.sent() * 10);
        assertThat(result.missing()).isZero();
        assertThat(result.missingPerClient()).isEmpty();
        assertThat(result.outOfOrder()).isZero();
        assertThat(result.duplicates()).isZero();
        assertThat(result.clientsDropped()).isZero();
        assertThat(result.latency()).isNotNull();
        assertThat(result.latency().count()).isEqualTo(result.windowDeliveries());
        assertThat(result.connectTime().count()).isEqualTo(10);
        assertThat(result.serverCpuSeconds()).as("attached: not measured, so absent").isNull();
        assertThat(result.serverPeakRssBytes()).isNull();
        assertThat(progress).extracting(RunProgress::phase).contains("measure");
    }

    @Test
    void at_rate_zero_senders_keep_their_window_full_and_lose_nothing() throws Exception {
        Scenario scenario = new Scenario("test", 5, 2, 0, Duration.ofMillis(500), Duration.ZERO, 48, 4);
        RunResult result;
        try (RunningLab02 server = new RunningLab02()) {
            result = LoadRun.run(scenario, server.address(), ServerUnderTest.attached("lab02"), LIMITS, p -> { });
        }

        assertThat(result.sent()).isGreaterThan(8);
        assertThat(result.deliveries()).isEqualTo(result.sent() * 5);
        assertThat(result.missing()).isZero();
        assertThat(result.outOfOrder()).isZero();
    }
}
