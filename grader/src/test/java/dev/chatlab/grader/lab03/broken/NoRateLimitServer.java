package dev.chatlab.grader.lab03.broken;

import dev.chatlab.lab03.limits.AbuseLimits;

/** The reference server, but with a token bucket so large that no say is ever RATE_LIMITED. */
public final class NoRateLimitServer {

    private NoRateLimitServer() {
    }

    public static void main(String[] args) {
        Lab03Parts.serve(args, Lab03Parts.Swap.REFERENCE.withLimits(limits -> new AbuseLimits(limits.maxConnections(),
                limits.handshakeDeadline(), limits.helloDeadline(), 1_000_000, 1_000_000,
                limits.maxConsecutiveErrors())));
    }
}
