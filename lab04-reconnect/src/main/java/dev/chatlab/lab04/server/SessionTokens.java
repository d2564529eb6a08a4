package dev.chatlab.lab04.server;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes session ids: 128 bits from {@link SecureRandom}, in URL-safe base64 without padding (22 characters).
 * A session id is a bearer secret, like a password for the nick while its session is detached, so it must be
 * unguessable, and it is never logged. Thread-safe.
 */
final class SessionTokens {

    /** Random bytes per session id: 16, that is 128 bits. */
    static final int BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    /** A new session id. */
    String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
