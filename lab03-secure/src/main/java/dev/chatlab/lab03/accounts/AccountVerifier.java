package dev.chatlab.lab03.accounts;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a login (nick and password) against the accounts. A wrong password, a missing password and an
 * unknown nick all give the same answer, {@code false}, after the same work: one Argon2id hash. An unknown
 * nick is checked against a dummy hash made once, so that the answer's timing does not tell an attacker
 * which nicks have accounts.
 *
 * <p>Thread-safe. {@link #verify} blocks for one Argon2id hash (tens of milliseconds).
 */
public final class AccountVerifier {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final PhcString dummy;

    /** A verifier for {@code accounts}; computes the dummy hash, so it takes as long as one hash. */
    public AccountVerifier(UserAccounts accounts, PasswordHasher hasher) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.dummy = hasher.hash(randomPassword());
    }

    /** The accounts checked against. */
    public UserAccounts accounts() {
        return accounts;
    }

    /**
     * Whether {@code password} is {@code nick}'s (matched ignoring case). The caller wipes {@code password}.
     *
     * @param password the password, or null if the hello had none (a failure, after the same work)
     */
    public boolean verify(String nick, char[] password) {
        Objects.requireNonNull(nick, "nick");
        char[] given = password == null ? new char[0] : password;
        Optional<UserAccounts.Account> account = accounts.find(nick);
        // BEGIN SOLUTION: do the same work for an unknown nick as for a known one, and answer alike
        boolean matches = hasher.verify(given, account.map(UserAccounts.Account::hash).orElse(dummy));
        return account.isPresent() && password != null && matches;
        // END SOLUTION
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('!' + random.nextInt(94)); // printable ASCII
        }
        return password;
    }
}
