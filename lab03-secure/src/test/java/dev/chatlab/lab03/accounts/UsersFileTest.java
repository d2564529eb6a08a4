package dev.chatlab.lab03.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    private static final String ANA = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$7M2vTguNHCwieXVOG1+uykExCai1Y53o0JkCs978saw";
    private static final String BOB = "$argon2id$v=19$m=19456,t=2,p=1$Y2hhdGxhYi1rYXQtc2FsdA$cgZtm2nAYqI6PKQfqenmuxgjFFiMzQb2pUJ5+bELSAU";

    @TempDir
    Path folder;

    @Test
    void accounts_survive_a_save_and_a_load_as_nick_colon_phc_lines() throws Exception {
        Path file = folder.resolve("users.db");
        UserAccounts accounts = UserAccounts.empty().with("bob", PhcString.parse(BOB)).with("Ana", PhcString.parse(ANA));

        UsersFile.save(file, accounts);

        assertThat(file).hasContent("bob:" + BOB + "\nAna:" + ANA + "\n");
        UserAccounts loaded = UsersFile.load(file);
        assertThat(loaded.accounts()).isEqualTo(accounts.accounts());
        assertThat(loaded.nicks()).containsExactly("Ana", "bob");
        assertThat(loaded.find("ANA")).map(UserAccounts.Account::nick).hasValue("Ana");
    }

    @Test
    void a_save_replaces_the_file_with_a_new_owner_only_one_and_leaves_no_temporary_file() throws Exception {
        Path file = Files.writeString(folder.resolve("users.db"), "old:" + ANA + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Object before = Files.readAttributes(file, "unix:ino").get("ino");

        UsersFile.save(file, UserAccounts.empty().with("new", PhcString.parse(ANA)));

        assertThat(file).hasContent("new:" + ANA + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAttributes(file, "unix:ino").get("ino")).as("a new file moved in place, not rewritten")
                .isNotEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void blank_lines_and_crlf_line_ends_are_accepted() throws Exception {
        Path file = Files.writeString(folder.resolve("users.db"), "\r\nana:" + ANA + "\r\n\r\nbob:" + BOB + "\r\n");

        assertThat(UsersFile.load(file).nicks()).containsExactly("ana", "bob");
    }

    @Test
    void malformed_lines_are_reported_with_the_file_and_line_number() throws Exception {
        assertThatThrownBy(() -> load("ana:" + ANA + "\nbob\n")).hasMessage(folder.resolve("users.db") + ":2: expected nick:PHC");
        assertThatThrownBy(() -> load("\n\nan a:" + ANA + "\n"))
                .hasMessage(folder.resolve("users.db") + ":3: bad nick \"an a\": A nick is 1 to 16 letters, digits, '_' or '-'.");
        assertThatThrownBy(() -> load("ana:$argon2id$v=19$broken\n"))
                .hasMessageStartingWith(folder.resolve("users.db") + ":1: not an Argon2id PHC string");
        assertThatThrownBy(() -> load("ana:" + ANA + "\nANA:" + BOB + "\n"))
                .hasMessage(folder.resolve("users.db") + ":2: nick ANA is taken (as ana; nicks ignore case)");
    }

    @Test
    void a_missing_file_is_an_error_except_for_a_first_add() throws Exception {
        Path missing = folder.resolve("users.db");

        assertThatThrownBy(() -> UsersFile.load(missing)).hasMessage(missing + ": no such file");
        assertThat(UsersFile.loadOrEmpty(missing).size()).isZero();
    }

    private UserAccounts load(String content) throws Exception {
        return UsersFile.load(Files.writeString(folder.resolve("users.db"), content));
    }
}
