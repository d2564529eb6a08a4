package dev.chatlab.lab03.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccountVerifierTest {

    private static AccountVerifier verifier;

    @BeforeAll
    static void createAccounts() throws Exception {
        PasswordHasher hasher = new PasswordHasher();
        verifier = new AccountVerifier(UserAccounts.empty().with("Ana", hasher.hash("secret".toCharArray())), hasher);
    }

    @Test
    void the_right_password_is_accepted_whatever_the_case_of_the_nick() {
        assertThat(verifier.verify("Ana", "secret".toCharArray())).isTrue();
        assertThat(verifier.verify("ana", "secret".toCharArray())).isTrue();
    }

    @Test
    void a_wrong_password_a_missing_one_and_an_unknown_nick_all_fail_alike() {
        assertThat(verifier.verify("ana", "Secret".toCharArray())).isFalse();
        assertThat(verifier.verify("ana", null)).isFalse();
        assertThat(verifier.verify("zoe", "secret".toCharArray())).isFalse();
    }

    @Test
    void an_unknown_nick_costs_a_full_hash_like_a_known_one() {
        long known = fastest(() -> verifier.verify("ana", "wrong".toCharArray()));
        long unknown = fastest(() -> verifier.verify("zoe", "wrong".toCharArray()));
        long missing = fastest(() -> verifier.verify("ana", null));

        // A hash takes milliseconds; skipping it would take microseconds. A factor of 4 absorbs a busy machine.
        assertThat(unknown).as("unknown nick, ns").isGreaterThan(known / 4);
        assertThat(missing).as("missing password, ns").isGreaterThan(known / 4);
    }

    /** The fastest of three runs, in nanoseconds: the one least disturbed by the rest of the machine. */
    private static long fastest(BooleanSupplier check) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            check.getAsBoolean();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
