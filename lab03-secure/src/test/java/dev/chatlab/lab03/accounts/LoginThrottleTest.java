package dev.chatlab.lab03.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final FakeClock clock = new FakeClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final InetAddress mallory = address("10.0.0.66");
    private final InetAddress ana = address("10.0.0.1");

    @Test
    void five_failures_within_60_seconds_lock_the_address_and_only_that_address() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(mallory);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.isLocked(mallory)).as("after 4 failures").isFalse();

        throttle.recordFailure(mallory);

        assertThat(throttle.isLocked(mallory)).as("after the 5th, 40 s after the first").isTrue();
        assertThat(throttle.isLocked(ana)).isFalse();
    }

    @Test
    void the_lock_lasts_60_seconds_and_failures_during_it_do_not_extend_it() {
        lock(mallory);
        clock.advance(Duration.ofSeconds(30));
        throttle.recordFailure(mallory);
        clock.advance(Duration.ofSeconds(29));

        assertThat(throttle.isLocked(mallory)).as("59 s into the lock").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked(mallory)).as("60 s after the lock began").isFalse();
    }

    @Test
    void after_a_lock_the_count_starts_again() {
        lock(mallory);
        clock.advance(Duration.ofSeconds(60));

        throttle.recordFailure(mallory);

        assertThat(throttle.isLocked(mallory)).isFalse();
    }

    @Test
    void failures_older_than_60_seconds_do_not_count() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(mallory);
        }
        clock.advance(Duration.ofSeconds(60));

        throttle.recordFailure(mallory);

        assertThat(throttle.isLocked(mallory)).isFalse();
    }

    @Test
    void expired_addresses_are_forgotten() {
        throttle.recordFailure(ana);
        lock(mallory);
        assertThat(throttle.trackedAddresses()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(60));

        assertThat(throttle.trackedAddresses()).isZero();
    }

    @Test
    void at_the_cap_the_address_that_failed_longest_ago_is_forgotten() {
        LoginThrottle small = new LoginThrottle(clock, 2);
        for (int i = 0; i < 5; i++) {
            small.recordFailure(mallory);
        }
        clock.advance(Duration.ofSeconds(1));
        small.recordFailure(ana);
        clock.advance(Duration.ofSeconds(1));

        small.recordFailure(address("10.0.0.3"));

        assertThat(small.trackedAddresses()).isEqualTo(2);
        assertThat(small.isLocked(mallory)).as("forgotten to make room").isFalse();
    }

    private void lock(InetAddress address) {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure(address);
        }
        assertThat(throttle.isLocked(address)).isTrue();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** A clock that moves only when told. */
    private static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T17:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
