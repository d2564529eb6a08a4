package dev.chatlab.bench.load;

import dev.chatlab.bench.net.TransportFactory;
import dev.chatlab.bench.scenario.Scenario;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the orchestrating thread and the selector threads share during one run: the phase, the times the
 * phases start (written before the phase changes to {@link Phase#SEND}, so a loop that sees SEND sees them),
 * the global message counter, the messages the server refused (nobody is to receive those), and which clients
 * others saw leave as slow.
 */
final class RunControl {

    enum Phase { CONNECT, SEND, DRAIN, STOP }

    final Scenario scenario;
    final InetSocketAddress address;
    /** How every connection of the run carries chat/1: plain TCP or TLS. */
    final TransportFactory transports;
    final String nickPrefix;
    /** All times are System.nanoTime() minus this origin, so they are never negative. */
    final long origin = System.nanoTime();
    final AtomicInteger sequence = new AtomicInteger();
    /** Says the server answered with RATE_LIMITED: counted as sent, expected by nobody. */
    final AtomicLong refused = new AtomicLong();
    final AtomicIntegerArray leftSlow;

    long sendStart;
    long measureStart;
    long sendEnd;
    private volatile Phase phase = Phase.CONNECT;

    RunControl(Scenario scenario, InetSocketAddress address, TransportFactory transports, String nickPrefix) {
        this.scenario = scenario;
        this.address = address;
        this.transports = transports;
        this.nickPrefix = nickPrefix;
        this.leftSlow = new AtomicIntegerArray(scenario.clients());
    }

    Phase phase() {
        return phase;
    }

    void phase(Phase next) {
        phase = next;
    }

    /** Messages every client should receive: those said, less those the server refused. */
    long accepted() {
        return sequence.get() - refused.get();
    }

    /** Nanoseconds since this run's origin. */
    long now() {
        return System.nanoTime() - origin;
    }

    /** The client numbered by {@code nick}, or -1 for a nick this run did not give out. */
    int clientOf(String nick) {
        if (nick == null || !nick.startsWith(nickPrefix) || nick.length() == nickPrefix.length()) {
            return -1;
        }
        int index = 0;
        for (int i = nickPrefix.length(); i < nick.length(); i++) {
            char c = nick.charAt(i);
            if (c < '0' || c > '9' || index > scenario.clients()) {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index < scenario.clients() ? index : -1;
    }
}
