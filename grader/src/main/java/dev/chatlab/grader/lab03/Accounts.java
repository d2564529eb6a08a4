package dev.chatlab.grader.lab03;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * The accounts of a lab03 check: a users.db made with the target's own {@code users add NICK --file FILE}
 * (the password piped on stdin), and the logins a check tries against a server started with {@code --users}.
 */
final class Accounts {

    /** How long {@code users add} may take: a JVM starting on a busy machine, and one Argon2id hash. */
    private static final Duration ADD = Duration.ofSeconds(30);

    /**
     * A users.db with one account, and a nick that has none.
     *
     * @param file     the users.db
     * @param nick     the account's nick
     * @param stranger a nick without an account
     * @param password the account's password
     */
    record OneUser(Path file, String nick, String stranger, String password) {

        /** Starts the server under test with {@code --users file}. */
        ServerProcess startServer(Harness harness) {
            return harness.startServer("--users", file.toString());
        }
    }

    private Accounts() {
    }

    /** Makes this check's users.db with one account, with the target's {@code users add}. */
    static OneUser oneUser(Harness harness) throws IOException {
        String[] nicks = nicks(harness, 2);
        OneUser user = new OneUser(file(harness), nicks[0], nicks[1], password(harness.random()));
        add(harness, user.file(), user.nick(), user.password());
        return user;
    }

    /**
     * {@code count} sample nicks, none starting with {@code -}: {@code users add NICK} takes its nick as an
     * argument, which a command line would read as an option.
     */
    static String[] nicks(Harness harness, int count) {
        String[] nicks = Samples.nicks(harness.random(), count);
        for (int i = 0; i < count; i++) {
            nicks[i] = nicks[i].startsWith("-") ? "u" + nicks[i] : nicks[i];
        }
        return nicks;
    }

    /** A password of a few ASCII words, different for each seed. */
    static String password(Random random) {
        return "correct horse battery " + random.nextInt(1_000_000);
    }

    /** Adds {@code nick} with {@code password} to {@code file} with the target's {@code users add}. */
    static void add(Harness harness, Path file, String nick, String password) throws IOException {
        harness.startCommand("users", "add", nick, "--file", file.toString())
                .input(password + "\n")
                .expectSuccess(ADD);
    }

    /** The users.db of this check, in its own folder: {@code CHATLAB_HOME/users.db}. */
    static Path file(Harness harness) {
        return harness.home().resolve("users.db");
    }

    /**
     * Says hello as {@code nick} with {@code password} (none if null) on a new connection, and expects an
     * error {@code code} followed by the close of the connection; returns the error frame.
     */
    static JsonNode refusedHello(ServerProcess server, String nick, String password, String code)
            throws IOException {
        ChatConnection client = ChatConnection.connect(server);
        sendHello(client, nick, password);
        JsonNode error = client.expectErrorFrame(code);
        client.expectClosed(ChatConnection.REPLY);
        return error;
    }

    /** Says hello as {@code nick} with {@code password} (no password field if null). */
    static void sendHello(ChatConnection client, String nick, String password) throws IOException {
        if (password == null) {
            client.send("hello", "nick", nick);
        } else {
            client.send("hello", "nick", nick, "password", password);
        }
    }

    /** Says hello with the right password on a new connection and expects the welcome. */
    static ChatConnection login(ServerProcess server, String nick, String password) throws IOException {
        ChatConnection client = ChatConnection.connect(server);
        sendHello(client, nick, password);
        JsonNode welcome = client.expect("welcome");
        Expect.equal("the nick in `welcome`", nick, ChatConnection.string(welcome, "nick"));
        return client;
    }
}
