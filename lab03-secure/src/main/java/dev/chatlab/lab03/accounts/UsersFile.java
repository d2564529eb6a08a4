package dev.chatlab.lab03.accounts;

import dev.chatlab.lab03.accounts.UserAccounts.AccountException;
import dev.chatlab.lab03.storage.SecureFiles;
import dev.chatlab.lab03.storage.SecureFiles.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The users.db file: one {@code nick:PHC} line per account, e.g.
 * {@code ana:$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, UTF-8, blank lines ignored. It is written
 * owner-only and replaced atomically (a temporary file in the same folder, then a rename), so that a server
 * reading it never sees half a file. A line that cannot be read is an error naming the file and the line:
 * {@code users.db:3: ...}.
 */
public final class UsersFile {

    /** users.db cannot be read, or a line of it is malformed. */
    public static final class UsersFileException extends IOException {

        private static final long serialVersionUID = 1L;

        UsersFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private UsersFile() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws UsersFileException if it is missing, unreadable, or has a malformed line or a repeated nick
     */
    public static UserAccounts load(Path file) throws UsersFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsersFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UsersFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        UserAccounts accounts = UserAccounts.empty();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new UsersFileException(where + "expected nick:PHC", null);
            }
            try {
                accounts = accounts.with(line.substring(0, colon), PhcString.parse(line.substring(colon + 1)));
            } catch (AccountException | IllegalArgumentException e) {
                throw new UsersFileException(where + e.getMessage(), e);
            }
        }
        return accounts;
    }

    /** Reads {@code file}, or gives no accounts if it does not exist yet (for the first {@code users add}). */
    public static UserAccounts loadOrEmpty(Path file) throws UsersFileException {
        return Files.exists(file) ? load(file) : UserAccounts.empty();
    }

    /** Replaces {@code file} with {@code accounts}, atomically and owner-only. */
    public static void save(Path file, UserAccounts accounts) throws IOException {
        StringBuilder text = new StringBuilder();
        for (UserAccounts.Account account : accounts.accounts()) {
            text.append(account.nick()).append(':').append(account.hash()).append('\n');
        }
        SecureFiles.replaceAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8), Visibility.OWNER_ONLY);
    }
}
