package dev.chatlab.relay.fault;

import java.util.Random;
import java.util.SplittableRandom;

/**
 * Every random choice of a relay comes from one seed, so that {@code --seed} replays a run. Each consumer
 * (the jitter of one direction of one link, the flip offsets, the chaos schedule) draws from its own
 * {@link Random} stream derived from the seed and the consumer's name: the draws of one stream never depend
 * on how the threads of the others happened to interleave.
 */
public final class FaultRandom {

    private final long seed;

    public FaultRandom(long seed) {
        this.seed = seed;
    }

    /** The seed every stream derives from. */
    public long seed() {
        return seed;
    }

    /** The stream named {@code purpose} (for example {@code "jitter 3 up"}): the same for the same seed. */
    public Random stream(String purpose) {
        long mixed = new SplittableRandom(seed ^ ((long) purpose.hashCode() << 32 | purpose.length())).nextLong();
        return new Random(mixed);
    }
}
