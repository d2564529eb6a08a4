package dev.chatlab.grader.lab03;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;

/**
 * Grades lab03's accounts: the users.db that the lab's own {@code users add} writes (Argon2id with OWASP's
 * costs and a salt per user, in PHC format), and a server started with {@code --users}: the right password
 * welcomed, every other login refused alike and in similar time, and an address locked out after 5 failures.
 * Each check makes its users.db with the target's {@code users} command, so a target given only as a server
 * and a client command cannot pass them.
 */
@GradingSuite
public class AccountChecks {

    /** One users.db line: nick, then a PHC string of Argon2id with OWASP's costs. */
    private static final Pattern LINE = Pattern.compile(
            "([A-Za-z0-9_-]{1,16}):\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    /** Failed logins from one address that the contract allows before it locks the address out. */
    private static final int FAILURES_BEFORE_LOCKOUT = 5;
    /**
     * An unknown nick answered in less than this part of a wrong password's time (and faster by more than
     * {@link #MIN_GAP}) was not hashed: generous, so that a busy machine never fails a server that hashes both.
     */
    private static final int SLOWER_BY = 4;
    private static final Duration MIN_GAP = Duration.ofMillis(10);

    @Check(points = 4, see = "lab03.md#passwords-hashing-not-encryption",
            hint = "users add writes one nick:PHC line per user: $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH, with a"
                    + " fresh 16-byte SecureRandom salt per user (base64 without padding), never the password.")
    @Order(1)
    void users_add_stores_argon2id_hashes_with_a_16_byte_salt_per_user(Harness harness) throws IOException {
        Path file = Accounts.file(harness);
        String[] nicks = Accounts.nicks(harness, 2);
        String password = Accounts.password(harness.random());
        Accounts.add(harness, file, nicks[0], password);
        Accounts.add(harness, file, nicks[1], password);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        Expect.equal("the number of users.db lines", 2, lines.size());
        List<String> salts = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Matcher line = LINE.matcher(lines.get(i));
            Expect.that(line.matches(), "a line nick:$argon2id$v=19$m=19456,t=2,p=1$SALT$HASH",
                    lines.get(i));
            Expect.equal("the nick of line " + (i + 1), nicks[i], line.group(1));
            Expect.equal("the bytes of the salt of " + nicks[i], SALT_BYTES, decode(line.group(2)).length);
            salts.add(line.group(2));
            hashes.add(line.group(3));
        }
        Expect.that(!salts.get(0).equals(salts.get(1)), "a salt of each user's own", "one salt twice: "
                + salts.get(0));
        Expect.that(!hashes.get(0).equals(hashes.get(1)), "different hashes for equal passwords (salted)",
                "one hash twice: " + hashes.get(0));
        Expect.that(!Files.readString(file, StandardCharsets.UTF_8).contains(password),
                "users.db without the password in clear", "the password in it");
    }

    @Check(points = 4, see = "lab03.md#passwords-hashing-not-encryption",
            hint = "With --users, check the password before anything else but the fields and the lockout: a wrong"
                    + " or missing password and an unknown nick all get one AUTH_FAILED message, then the close.")
    @Order(2)
    void welcomes_the_right_password_and_refuses_wrong_missing_and_unknown_logins_alike(Harness harness)
            throws IOException {
        Accounts.OneUser user = Accounts.oneUser(harness);
        ServerProcess server = user.startServer(harness);
        String[] nicks = {user.nick(), user.stranger()};
        String password = user.password();

        Accounts.login(server, nicks[0], password);
        // nicks[0] is logged in now: a wrong password must be AUTH_FAILED, not NICK_TAKEN.
        String wrong = string(Accounts.refusedHello(server, nicks[0], password + "!", "AUTH_FAILED"), "message");
        String missing = string(Accounts.refusedHello(server, nicks[0], null, "AUTH_FAILED"), "message");
        String unknown = string(Accounts.refusedHello(server, nicks[1], password, "AUTH_FAILED"), "message");
        Expect.equal("the message for a missing password (the one for a wrong password)", wrong, missing);
        Expect.equal("the message for an unknown nick (the one for a wrong password)", wrong, unknown);
    }

    @Check(points = 3, see = "lab03.md#passwords-hashing-not-encryption",
            hint = "For an unknown nick, verify the password against a dummy Argon2id hash made at start-up, so that"
                    + " the answer takes as long as for a known nick with a wrong password.")
    @Order(3)
    void answers_an_unknown_nick_as_slowly_as_a_wrong_password(Harness harness) throws IOException {
        Accounts.OneUser user = Accounts.oneUser(harness);
        // A gap may be the noise of a busy machine: a second server must show it again.
        String first = timingGap(harness, user);
        if (first.isEmpty()) {
            return;
        }
        harness.transcript().note("grader", "the unknown nick was answered faster: " + first + "; measuring again");
        String second = timingGap(harness, user);
        Expect.that(second.isEmpty(), "an unknown nick answered in about the time of a wrong password",
                first + ", and again " + second);
    }

    @Check(points = 4, see = "lab03.md#passwords-hashing-not-encryption",
            hint = "Count failed logins per address: after 5 within 60 s, answer every hello from it with"
                    + " RATE_LIMITED and close, even with the right password; a bad nick is still BAD_NICK first.")
    @Order(4)
    void locks_an_address_out_after_5_failed_logins_but_checks_the_nick_first(Harness harness)
            throws IOException {
        Accounts.OneUser user = Accounts.oneUser(harness);
        ServerProcess server = user.startServer(harness);
        String[] nicks = {user.nick(), user.stranger()};
        String password = user.password();

        for (int i = 0; i < FAILURES_BEFORE_LOCKOUT; i++) {
            String nick = i % 2 == 0 ? nicks[0] : nicks[1];
            Accounts.refusedHello(server, nick, password + i, "AUTH_FAILED");
        }
        ChatConnection locked = ChatConnection.connect(server);
        Accounts.sendHello(locked, "bad nick!", password);
        locked.expectError("BAD_NICK");
        Accounts.sendHello(locked, nicks[0], password);
        locked.expectErrorFrame("RATE_LIMITED");
        locked.expectClosed(ChatConnection.REPLY);
    }

    /**
     * Times two wrong passwords and two unknown nicks, alternately, on a new server (4 failures: no lockout),
     * after one right login that warms the server up; returns "" if the quickest unknown nick took at least
     * 1/{@link #SLOWER_BY} of the quickest wrong password (or was faster by less than {@link #MIN_GAP}), else
     * the times.
     */
    private static String timingGap(Harness harness, Accounts.OneUser user) throws IOException {
        ServerProcess server = user.startServer(harness);
        Accounts.login(server, user.nick(), user.password()).send("bye");
        long wrong = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            wrong = Math.min(wrong, timeRefusal(server, user.nick(), user.password() + "?"));
            unknown = Math.min(unknown, timeRefusal(server, user.stranger(), user.password()));
        }
        server.terminate();
        boolean similar = unknown * SLOWER_BY >= wrong || wrong - unknown < MIN_GAP.toNanos();
        return similar ? "" : String.format("an unknown nick in %.1f ms, a wrong password in %.1f ms",
                unknown / 1e6, wrong / 1e6);
    }

    /** The time from a hello to its AUTH_FAILED, on a connection whose handshake is done. */
    private static long timeRefusal(ServerProcess server, String nick, String password) throws IOException {
        ChatConnection client = ChatConnection.connect(server);
        long started = System.nanoTime();
        Accounts.sendHello(client, nick, password);
        client.expectErrorFrame("AUTH_FAILED");
        long took = System.nanoTime() - started;
        client.expectClosed(ChatConnection.REPLY);
        return took;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("expected a salt in base64, but got " + base64, e);
        }
    }
}
