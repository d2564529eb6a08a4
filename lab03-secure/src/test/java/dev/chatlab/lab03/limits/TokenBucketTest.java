package dev.chatlab.lab03.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong(123_456_789L);
    private final TokenBucket bucket = new TokenBucket(10, 20, nanos::get);

    @Test
    void a_new_bucket_is_full_and_lets_a_burst_through_then_refuses() {
        for (int i = 0; i < 20; i++) {
            assertThat(bucket.tryTake()).as("token %d", i + 1).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        assertThat(bucket.hasToken()).isFalse();
    }

    @Test
    void tokens_come_back_at_the_rate() {
        drain();

        advance(99);
        assertThat(bucket.hasToken()).as("after 99 ms at 10/s").isFalse();
        advance(1);
        assertThat(bucket.tryTake()).as("after 100 ms").isTrue();
        assertThat(bucket.tryTake()).isFalse();
        advance(350);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).as("3.5 tokens earned, 3 taken").isFalse();
    }

    @Test
    void asking_takes_nothing() {
        drain();
        advance(100);

        assertThat(bucket.hasToken()).isTrue();
        assertThat(bucket.hasToken()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.hasToken()).isFalse();
    }

    @Test
    void a_long_pause_refills_no_more_than_the_burst() {
        drain();
        advance(TimeUnit.HOURS.toMillis(1));

        int taken = 0;
        while (bucket.tryTake() && taken < 100) {
            taken++;
        }

        assertThat(taken).isEqualTo(20);
    }

    @Test
    void a_rate_or_burst_that_makes_no_sense_is_refused() {
        assertThatThrownBy(() -> new TokenBucket(0, 20, nanos::get))
                .hasMessage("Rate must be a positive number of tokens per second: 0.0");
        assertThatThrownBy(() -> new TokenBucket(10, 0, nanos::get)).hasMessage("Burst must be at least 1 token: 0");
    }

    private void drain() {
        for (int i = 0; i < 20; i++) {
            bucket.tryTake();
        }
        assertThat(bucket.hasToken()).isFalse();
    }

    private void advance(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
