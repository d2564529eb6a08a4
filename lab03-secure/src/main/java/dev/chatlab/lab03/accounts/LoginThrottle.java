package dev.chatlab.lab03.accounts;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks out an address that keeps failing to log in: {@value #MAX_FAILURES} failures within 60 s lock the
 * address for 60 s, during which every hello from it is refused (RATE_LIMITED), even one with a right
 * password. Successes change nothing: they neither unlock an address early nor forget its failures, or a
 * guesser with one account of its own could reset its count between guesses. Time comes from a
 * {@link Clock}.
 *
 * <p>Memory is bounded: an address is forgotten once its last failure is older than the window and its lock
 * is over, and at most {@code maxAddresses} are tracked. At the cap, the address whose last failure is the
 * oldest is forgotten to make room (its failures and lock with it): an attacker with more addresses than the
 * cap can shorten locks, but never grow the server's memory. Thread-safe; never blocks for long.
 */
public final class LoginThrottle {

    /** Failures within the window that lock an address. */
    public static final int MAX_FAILURES = 5;
    /** The window in which failures count, and how long a lock lasts. */
    public static final Duration WINDOW = Duration.ofSeconds(60);
    /** The default number of addresses tracked at most. */
    public static final int DEFAULT_MAX_ADDRESSES = 100_000;

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
        Instant last = Instant.MIN;
    }

    private final Clock clock;
    private final int maxAddresses;
    private final ReentrantLock lock = new ReentrantLock();
    /** In the order of their last failure, oldest first. */
    private final Map<InetAddress, Failures> addresses = new LinkedHashMap<>();

    /** A throttle tracking at most {@value #DEFAULT_MAX_ADDRESSES} addresses. */
    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_ADDRESSES);
    }

    /** A throttle tracking at most {@code maxAddresses} addresses. */
    public LoginThrottle(Clock clock, int maxAddresses) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAddresses < 1) {
            throw new IllegalArgumentException("Must track at least one address: " + maxAddresses);
        }
        this.maxAddresses = maxAddresses;
    }

    /** Whether hellos from {@code address} are refused now. */
    public boolean isLocked(InetAddress address) {
        lock.lock();
        try {
            Instant now = clock.instant();
            forgetExpired(now);
            Failures failures = addresses.get(address);
            // BEGIN SOLUTION: an address is locked until its lock time is over
            return failures != null && now.isBefore(failures.lockedUntil);
            // END SOLUTION
        } finally {
            lock.unlock();
        }
    }

    /** Counts a failed login from {@code address}; the fifth within the window locks it. Ignored while locked. */
    public void recordFailure(InetAddress address) {
        lock.lock();
        try {
            Instant now = clock.instant();
            forgetExpired(now);
            Failures failures = track(address, now);
            // BEGIN SOLUTION: count the failures of the last 60 s and lock the address at the fifth
            if (now.isBefore(failures.lockedUntil)) {
                return; // a locked address gets no password check, so no new failure either
            }
            while (!failures.times.isEmpty() && !failures.times.peekFirst().isAfter(now.minus(WINDOW))) {
                failures.times.removeFirst(); // out of the window
            }
            failures.times.addLast(now);
            if (failures.times.size() >= MAX_FAILURES) {
                failures.lockedUntil = now.plus(WINDOW);
                failures.times.clear(); // after the lock, the count starts again
            }
            // END SOLUTION
        } finally {
            lock.unlock();
        }
    }

    /** How many addresses are tracked now (after forgetting the expired ones). */
    public int trackedAddresses() {
        lock.lock();
        try {
            forgetExpired(clock.instant());
            return addresses.size();
        } finally {
            lock.unlock();
        }
    }

    /** The entry of {@code address}, moved to the end of the order; makes room at the cap. */
    private Failures track(InetAddress address, Instant now) {
        Failures failures = addresses.remove(address);
        if (failures == null) {
            failures = new Failures();
            if (addresses.size() >= maxAddresses) {
                Iterator<InetAddress> oldest = addresses.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        failures.last = now;
        addresses.put(address, failures);
        return failures;
    }

    /** Drops, from the oldest, the addresses whose last failure left the window and whose lock is over. */
    private void forgetExpired(Instant now) {
        Iterator<Failures> oldest = addresses.values().iterator();
        while (oldest.hasNext()) {
            Failures failures = oldest.next();
            if (failures.last.plus(WINDOW).isAfter(now) || now.isBefore(failures.lockedUntil)) {
                return; // the ones after it failed more recently
            }
            oldest.remove();
        }
    }
}
