package dev.chatlab.demo.cast;

import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import dev.chatlab.lab03.accounts.UsersFile;
import dev.chatlab.lab03.pki.CertificateAuthority;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab03.pki.CertificateProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the demo's servers and clients prove who they are with, made fresh in the demo's folder by lab03's own
 * classes: the kit's CA and the server's certificate ({@code kit/}), a second CA that nobody trusts with a
 * certificate for the same names ({@code impostor/}: a server pretending to be ours), and {@code users.db}
 * with an account per nick whose password is {@link #password(String)}.
 */
public record Credentials(CertificateFolder kit, CertificateFolder impostor, Path users) {

    /** The accounts of the cast. */
    public static final List<String> NICKS = List.of("ana", "bob", "carla", "dave", "sloth", "feed", "erin");

    /**
     * Writes both certificate folders and the users file under {@code folder}.
     *
     * @throws StepFailedException if a key, a certificate or a file cannot be made
     */
    public static Credentials create(Path folder) throws StepFailedException {
        try {
            CertificateFolder kit = issue(folder.resolve("kit"));
            CertificateFolder impostor = issue(folder.resolve("impostor"));
            PasswordHasher hasher = new PasswordHasher();
            UserAccounts accounts = UserAccounts.empty();
            for (String nick : NICKS) {
                accounts = accounts.with(nick, hasher.hash(password(nick).toCharArray()));
            }
            Path users = folder.resolve("users.db");
            UsersFile.save(users, accounts);
            return new Credentials(kit, impostor, users);
        } catch (IOException | GeneralSecurityException | UserAccounts.AccountException e) {
            throw new StepFailedException("cannot make the demo's certificates and accounts in " + folder + ": " + e, e);
        }
    }

    private static CertificateFolder issue(Path folder) throws IOException, GeneralSecurityException {
        CertificateAuthority ca = CertificateAuthority.create(Clock.systemUTC());
        CertificateFolder files = new CertificateFolder(folder);
        files.write(ca, ca.issue(CertificateProfile.Server.localhost()), Map.of(), false);
        return files;
    }

    /** The password of {@code nick}'s account: shown on screen, it is a demo. */
    public static String password(String nick) {
        return nick + "-pw-2026";
    }

    /** A file holding {@code nick}'s password on one line, for a console client's {@code --password-file}. */
    public Path passwordFile(String nick) throws StepFailedException {
        Path file = users.resolveSibling(nick + ".password");
        try {
            Files.writeString(file, password(nick) + "\n");
            return file;
        } catch (IOException e) {
            throw new StepFailedException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
