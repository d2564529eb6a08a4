package dev.chatlab.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.scenario.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LossAndOrderAccountingTest {

    @Test
    void one_dropped_message_and_one_swapped_pair_count_as_exactly_one_missing_and_one_out_of_order()
            throws Exception {
        Scenario scenario = new Scenario("test", 4, 1, 20, Duration.ofSeconds(1), Duration.ZERO, 48, 16);
        RunResult result;
        try (FaultyChatServer server = new FaultyChatServer()) {
            result = LoadRun.run(scenario, server.address(), ServerUnderTest.attached("faulty"),
                    new LoadRun.Limits(2, 200, Duration.ofSeconds(10), Duration.ofSeconds(5)), p -> { });
        }

        assertThat(result.sent()).isGreaterThanOrEqualTo(5);
        assertThat(result.missing()).isEqualTo(1);
        assertThat(result.missingPerClient()).hasSize(1);
        assertThat(result.missingPerClient().keySet().iterator().next()).endsWith("1");
        assertThat(result.outOfOrder()).isEqualTo(1);
        assertThat(result.duplicates()).isZero();
        assertThat(result.deliveries()).isEqualTo(result.sent() * 4 - 1);
    }
}
