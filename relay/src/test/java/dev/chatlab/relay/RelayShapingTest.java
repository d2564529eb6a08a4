package dev.chatlab.relay;

import static dev.chatlab.relay.RelayForwardingTest.randomBytes;
import static dev.chatlab.relay.RelayForwardingTest.read;
import static dev.chatlab.relay.RelayForwardingTest.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.relay.fault.Direction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Latency, jitter and bandwidth slow a direction down and never reorder it. Bounds are generous on purpose. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RelayShapingTest {

    @RegisterExtension
    final RelayFixture fixture = new RelayFixture(0);

    @Test
    void latency_delays_each_chunk_by_at_least_the_latency_in_its_direction_only() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            fixture.relay().faults().latency(Set.of(Direction.UP), Duration.ofMillis(200), Duration.ZERO);
            for (int i = 0; i < 3; i++) {
                long sent = System.nanoTime();
                ends.client().getOutputStream().write(i);
                assertThat(ends.server().getInputStream().read()).isEqualTo(i);
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            }
            long sent = System.nanoTime();
            ends.server().getOutputStream().write('d');
            assertThat(ends.client().getInputStream().read()).isEqualTo('d');
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("down has no latency")
                    .isLessThan(Duration.ofMillis(150));
        }
    }

    @Test
    void jitter_never_reorders_the_bytes() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            fixture.relay().faults().latency(Set.of(Direction.UP), Duration.ofMillis(5), Duration.ofMillis(40));
            OutputStream out = ends.client().getOutputStream();
            CompletableFuture<byte[]> received = read(ends.server().getInputStream(), 100);
            byte[] sent = new byte[100];
            for (int i = 0; i < sent.length; i++) {
                sent[i] = (byte) i;
                out.write(i); // one chunk each: each gets its own random delay
                out.flush();
            }
            assertThat(received.get(20, TimeUnit.SECONDS)).isEqualTo(sent);
        }
    }

    @Test
    void bandwidth_bounds_the_rate_64_KiB_at_32_KiB_per_second_take_at_least_one_and_a_half_seconds() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            fixture.relay().faults().bandwidth(Set.of(Direction.UP), 32 * 1024);
            byte[] payload = randomBytes(64 * 1024, 3);
            long start = System.nanoTime();
            CompletableFuture<byte[]> received = read(ends.server().getInputStream(), payload.length);
            ends.client().getOutputStream().write(payload);
            assertThat(received.get(20, TimeUnit.SECONDS)).isEqualTo(payload);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1500)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
