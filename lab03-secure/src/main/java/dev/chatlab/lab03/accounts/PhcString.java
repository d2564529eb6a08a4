package dev.chatlab.lab03.accounts;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format, which carries everything needed to check a password later:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard base64 without padding.
 *
 * @param memoryKiB the memory cost {@code m}, in KiB
 * @param iterations the time cost {@code t}
 * @param parallelism the lanes {@code p}
 * @param salt the random salt (copied in and out)
 * @param hash the derived hash (copied in and out)
 */
public record PhcString(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash) {

    /** Argon2 version 1.3, the only one written and read. */
    public static final int VERSION = 19;

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    /** The largest cost a users.db line may ask for: a bad line must not stall the server for minutes. */
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;

    /** Checks the costs and lengths, and copies the arrays. */
    public PhcString {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2id costs out of range: m=" + memoryKiB + ",t=" + iterations
                    + ",p=" + parallelism);
        }
        if (salt.length < 8 || hash.length < 16 || salt.length > 64 || hash.length > 64) {
            throw new IllegalArgumentException("Argon2id salt of 8-64 bytes and hash of 16-64 bytes expected, got "
                    + salt.length + " and " + hash.length);
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Reads a PHC string.
     *
     * @throws IllegalArgumentException if it is not an Argon2id v=19 PHC string with sane costs
     */
    public static PhcString parse(String text) {
        Matcher phc = FORMAT.matcher(text);
        if (!phc.matches()) {
            throw new IllegalArgumentException("not an Argon2id PHC string ($argon2id$v=19$m=..,t=..,p=..$salt$hash)");
        }
        if (Integer.parseInt(phc.group(1)) != VERSION) {
            throw new IllegalArgumentException("unsupported Argon2 version v=" + phc.group(1) + "; expected v=19");
        }
        return new PhcString(Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)),
                Integer.parseInt(phc.group(4)), decode(phc.group(5), "salt"), decode(phc.group(6), "hash"));
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not valid base64: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The PHC string. */
    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhcString that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
