package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import dev.chatlab.lab03.accounts.UserAccounts.AccountException;
import dev.chatlab.lab03.accounts.UsersFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code users}: manages the accounts of a users.db, one {@code nick:PHC} line per user. {@code add} asks for
 * the password (twice on a console, one line from a pipe) and stores only its Argon2id hash; {@code list}
 * shows nicks, never hashes. Every change rewrites the file atomically and owner-only.
 */
@Command(name = "users", description = "Adds, removes and lists the accounts of a users.db file.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Remove.class, UsersCommand.ListNicks.class})
public final class UsersCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @ParentCommand
    LabCommand lab;

    /** What every subcommand shares: --help, --file, and the terminal. */
    abstract static class FileCommand implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--file", paramLabel = "FILE", required = true, description = "The users file, e.g. users.db.")
        Path file;

        @ParentCommand
        UsersCommand users;

        Terminal terminal() {
            return users.lab.terminal();
        }
    }

    @Command(name = "add", description = "Adds an account; the password is read from the console or one stdin line.")
    static final class Add extends FileCommand {

        @Parameters(paramLabel = "NICK", converter = NameConverters.Nick.class,
                description = "The nick: 1 to 16 letters, digits, '_' or '-'.")
        String nick;

        @Override
        public Integer call() {
            UserAccounts accounts = readOrFail(() -> UsersFile.loadOrEmpty(file));
            changeOrFail(() -> {
                accounts.checkNewNick(nick); // a taken or bad nick fails before the password prompt
                return accounts;
            });
            char[] password = readOrFail(() -> PasswordPrompt.newPassword(terminal(), nick));
            try {
                UserAccounts updated = changeOrFail(() -> accounts.with(nick, new PasswordHasher().hash(password)));
                save(file, updated);
            } finally {
                Arrays.fill(password, '\0');
            }
            terminal().stdout().println("added " + nick + " to " + file);
            return 0;
        }
    }

    @Command(name = "remove", description = "Removes an account (the nick matched ignoring case).")
    static final class Remove extends FileCommand {

        @Parameters(paramLabel = "NICK", description = "The nick to remove.")
        String nick;

        @Override
        public Integer call() {
            UserAccounts accounts = readOrFail(() -> UsersFile.load(file));
            String removed = accounts.find(nick).map(UserAccounts.Account::nick).orElse(nick);
            save(file, changeOrFail(() -> accounts.without(nick)));
            terminal().stdout().println("removed " + removed + " from " + file);
            return 0;
        }
    }

    @Command(name = "list", description = "Lists the nicks, one per line, sorted ignoring case.")
    static final class ListNicks extends FileCommand {

        @Override
        public Integer call() {
            readOrFail(() -> UsersFile.load(file)).nicks().forEach(terminal().stdout()::println);
            return 0;
        }
    }

    /** A read that may fail with a message meant for the user (the file and line, the missing password...). */
    private interface Read<T> {
        T get() throws IOException;
    }

    /** A change of the accounts that may be refused. */
    private interface Change {
        UserAccounts apply() throws AccountException;
    }

    private static <T> T readOrFail(Read<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }

    private static UserAccounts changeOrFail(Change change) {
        try {
            return change.apply();
        } catch (AccountException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }

    private static void save(Path file, UserAccounts accounts) {
        try {
            UsersFile.save(file, accounts);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
