package dev.chatlab.lab03.server;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Decides whether a hello may log in, for a server with accounts ({@code --users}): first the address's
 * lockout ({@link LoginThrottle}: RATE_LIMITED), then the password ({@link AccountVerifier}: AUTH_FAILED,
 * with one message for an unknown nick, a wrong password and a missing one). Both refusals close the
 * connection, and every failed password counts towards the address's lockout. Without accounts every hello
 * may log in and its password is ignored.
 *
 * <p>Thread-safe. {@link #check} blocks for one Argon2id hash; at most one hash per processor runs at once
 * (each takes 19 MiB), the other hellos wait their turn on their own threads.
 */
final class LoginCheck {

    /** The message of every AUTH_FAILED: it must not say which of nick and password was wrong. */
    static final String AUTH_FAILED_MESSAGE = "Wrong nick or password.";
    /** The message of the RATE_LIMITED that answers a hello from a locked-out address. */
    static final String LOCKED_OUT_MESSAGE = "Too many failed logins from your address; try again in a minute.";

    private final AccountVerifier verifier; // null: no accounts
    private final LoginThrottle throttle;
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final PrintStream log;

    private LoginCheck(AccountVerifier verifier, LoginThrottle throttle, PrintStream log) {
        this.verifier = verifier;
        this.throttle = throttle;
        this.log = Objects.requireNonNull(log, "log");
    }

    /** No accounts: any nick may log in, without a password. */
    static LoginCheck anyone(PrintStream log) {
        return new LoginCheck(null, null, log);
    }

    /** Accounts: a hello needs the password of its nick, and failures lock an address out. */
    static LoginCheck accounts(AccountVerifier verifier, LoginThrottle throttle, PrintStream log) {
        return new LoginCheck(Objects.requireNonNull(verifier, "verifier"), Objects.requireNonNull(throttle, "throttle"),
                log);
    }

    /** Whether hellos need a password. */
    boolean needsPassword() {
        return verifier != null;
    }

    /**
     * Checks a hello whose fields passed, from {@code address}.
     *
     * @throws ProtocolException RATE_LIMITED while the address is locked out, AUTH_FAILED for a wrong, missing
     *                           or unknown login; both close the connection
     */
    void check(InetAddress address, ClientFrame.Hello hello) throws ProtocolException {
        if (verifier == null) {
            return;
        }
        if (throttle.isLocked(address)) {
            throw ProtocolException.closing(ErrorCode.RATE_LIMITED, LOCKED_OUT_MESSAGE);
        }
        char[] password = hello.password() == null ? null : hello.password().toCharArray();
        boolean valid;
        hashing.acquireUninterruptibly();
        try {
            valid = verifier.verify(hello.nick(), password);
        } finally {
            hashing.release();
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        if (!valid) {
            throttle.recordFailure(address);
            log.println("chat server: failed login as " + hello.nick() + " from " + address.getHostAddress()
                    + (throttle.isLocked(address) ? "; the address is locked out for "
                    + LoginThrottle.WINDOW.toSeconds() + " s" : ""));
            throw ProtocolException.closing(ErrorCode.AUTH_FAILED, AUTH_FAILED_MESSAGE);
        }
    }
}
