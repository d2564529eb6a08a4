package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Full-jitter exponential backoff: the bounds, the cap, and the spread that keeps clients out of lockstep. */
class BackoffTest {

    @Test
    void the_ceiling_doubles_from_250_ms_and_stops_at_8_s() {
        Backoff backoff = Backoff.contract(new SplittableRandom(1));
        assertThat(IntStream.range(0, 8).mapToObj(backoff::ceiling).map(Duration::toMillis).toList())
                .containsExactly(250L, 500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void every_delay_is_at_least_zero_and_below_its_ceiling() {
        Backoff backoff = Backoff.contract(new SplittableRandom(42));
        for (int attempt = 0; attempt < 12; attempt++) {
            for (int i = 0; i < 1000; i++) {
                Duration delay = backoff.delay(attempt);
                assertThat(delay).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(backoff.ceiling(attempt));
            }
        }
    }

    @Test
    void the_first_delays_of_100_clients_are_spread_over_the_whole_interval_not_in_lockstep() {
        SplittableRandom seeds = new SplittableRandom(7);
        long[] first = IntStream.range(0, 100)
                .mapToLong(client -> Backoff.contract(seeds.split()).delay(0).toMillis()).toArray();

        assertThat(java.util.Arrays.stream(first).distinct().count()).as("distinct delays").isGreaterThan(80);
        assertThat(java.util.Arrays.stream(first).min().orElseThrow()).isLessThan(25);
        assertThat(java.util.Arrays.stream(first).max().orElseThrow()).isGreaterThan(225);
        long inFirstHalf = java.util.Arrays.stream(first).filter(ms -> ms < 125).count();
        assertThat(inFirstHalf).as("about half below the middle").isBetween(30L, 70L);
    }

    @Test
    void a_base_that_is_not_positive_or_a_cap_below_it_is_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), new SplittableRandom()))
                .hasMessage("Base delay must be positive: PT0S");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new SplittableRandom()))
                .hasMessage("Cap must be at least the base delay: PT1S < PT2S");
        assertThatThrownBy(() -> Backoff.contract(new SplittableRandom()).delay(-1))
                .hasMessage("Attempt must not be negative: -1");
    }
}
