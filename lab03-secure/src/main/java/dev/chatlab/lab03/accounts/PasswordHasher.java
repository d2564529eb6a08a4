package dev.chatlab.lab03.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (Bouncy Castle's implementation) at the costs OWASP recommends: 19 MiB of
 * memory ({@code m=19456} KiB), 2 passes ({@code t=2}), 1 lane ({@code p=1}), a fresh 16-byte random salt per
 * hash and a 32-byte result, written as a {@link PhcString}. One hash takes tens of milliseconds and 19 MiB:
 * cheap for one login, ruinous for someone trying millions of guesses against a stolen users.db.
 *
 * <p>Passwords are {@code char[]} so that callers can wipe them; this class wipes the UTF-8 bytes it makes
 * from them, and never logs them. Thread-safe; each call blocks for the duration of one hash.
 */
public final class PasswordHasher {

    /** Memory cost, in KiB. */
    public static final int MEMORY_KIB = 19_456;
    /** Time cost: passes over the memory. */
    public static final int ITERATIONS = 2;
    /** Lanes. */
    public static final int PARALLELISM = 1;
    /** Bytes of random salt per hash. */
    public static final int SALT_BYTES = 16;
    /** Bytes of hash. */
    public static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** Hashes {@code password} with a fresh random salt: two hashes of one password differ. */
    public PhcString hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return hash(password, salt);
    }

    /** Hashes {@code password} with {@code salt}; for known-answer tests, where the salt must be fixed. */
    PhcString hash(char[] password, byte[] salt) {
        return new PhcString(MEMORY_KIB, ITERATIONS, PARALLELISM, salt,
                derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES));
    }

    /**
     * Whether {@code password} is the one {@code stored} was made from, recomputed with the costs and salt that
     * {@code stored} names (not necessarily today's) and compared in constant time.
     */
    public boolean verify(char[] password, PhcString stored) {
        Objects.requireNonNull(stored, "stored");
        // BEGIN SOLUTION: recompute the hash with the stored salt and costs, and compare in constant time
        byte[] expected = stored.hash();
        byte[] actual = derive(password, stored.salt(), stored.memoryKiB(), stored.iterations(), stored.parallelism(),
                expected.length);
        return MessageDigest.isEqual(actual, expected); // takes as long for a first-byte mismatch as for a match
        // END SOLUTION
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKiB, int iterations, int parallelism,
            int length) {
        byte[] secret = utf8(password);
        try {
            // BEGIN SOLUTION: derive an Argon2id hash of the password with Bouncy Castle's Argon2BytesGenerator
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(salt)
                    .withMemoryAsKB(memoryKiB)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] hash = new byte[length];
            generator.generateBytes(secret, hash);
            return hash;
            // END SOLUTION
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The UTF-8 bytes of {@code password}, in an array the caller wipes; the encoder's buffer is wiped here. */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(Objects.requireNonNull(password, "password")));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
