package dev.chatlab.lab03.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server with accounts: hello needs the nick's password; failures answer alike and lock an address out. */
@Timeout(60)
class LoginTest {

    private static AccountVerifier verifier;

    @BeforeAll
    static void accounts() throws Exception {
        PasswordHasher hasher = new PasswordHasher();
        verifier = new AccountVerifier(UserAccounts.empty()
                .with("ana", hasher.hash("ana's secret".toCharArray()))
                .with("bob", hasher.hash("bob's secret".toCharArray())), hasher);
    }

    private static RunningServer start() throws Exception {
        return RunningServer.start(log -> SecurePolicy.withAccounts(RunningServer.LIMITS, verifier,
                new LoginThrottle(Clock.systemUTC()), log));
    }

    @Test
    void the_right_password_is_welcomed_and_a_wrong_missing_or_unknown_one_gets_the_same_AUTH_FAILED_and_a_close()
            throws Exception {
        try (RunningServer server = start();
             TlsChat ana = TlsChat.register(server.port(), "ANA", "ana's secret")) {
            String wrong = refused(server.port(), TlsChat.hello("bob", "ana's secret"), "AUTH_FAILED");
            String missing = refused(server.port(), TlsChat.hello("bob", null), "AUTH_FAILED");
            String unknown = refused(server.port(), TlsChat.hello("carl", "bob's secret"), "AUTH_FAILED");

            assertThat(wrong).isEqualTo(missing).isEqualTo(unknown).isEqualTo("Wrong nick or password.");
            ana.expectNothingPending(); // nobody joined
            assertThat(server.log()).doesNotContain("secret");
        }
    }

    @Test
    void five_failures_lock_the_address_out_even_for_the_right_password_after_the_field_checks() throws Exception {
        try (RunningServer server = start()) {
            for (int i = 0; i < 5; i++) {
                refused(server.port(), TlsChat.hello("ana", "guess " + i), "AUTH_FAILED");
            }

            String locked = refused(server.port(), TlsChat.hello("ana", "ana's secret"), "RATE_LIMITED");
            assertThat(locked).contains("failed logins");
            try (TlsChat badNick = TlsChat.open(server.port())) {
                badNick.send(TlsChat.hello("not a nick", "ana's secret"));
                badNick.expectError("BAD_NICK"); // field checks come first, and keep the connection
                badNick.expectAlive();
            }
        }
    }

    @Test
    void a_right_password_for_a_nick_in_use_is_NICK_TAKEN_after_the_password_check() throws Exception {
        try (RunningServer server = start();
             TlsChat ana = TlsChat.register(server.port(), "ana", "ana's secret");
             TlsChat again = TlsChat.open(server.port())) {
            again.send(TlsChat.hello("ana", "ana's secret"));
            again.expectError("NICK_TAKEN");
            again.expectAlive();
        }
    }

    /** Sends {@code hello} on a new connection; expects the error {@code code}, then the close. Its message. */
    private static String refused(int port, String hello, String code) throws Exception {
        try (TlsChat chat = TlsChat.open(port)) {
            chat.send(hello);
            String message = chat.expectError(code);
            chat.expectClosedByServer();
            return message;
        }
    }
}
