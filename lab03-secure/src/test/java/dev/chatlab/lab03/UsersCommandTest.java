package dev.chatlab.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UsersFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {

    @TempDir
    Path folder;

    @Test
    void add_reads_one_piped_line_as_the_password_and_stores_only_its_hash() throws Exception {
        Path file = folder.resolve("users.db");

        Lab03Run run = Lab03Run.run("s3cret pass\nthis line is not read\n", "users", "add", "ana", "--file", file.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("added ana to " + file + "\n");
        assertThat(Files.readString(file)).startsWith("ana:$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("s3cret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new PasswordHasher().verify("s3cret pass".toCharArray(),
                UsersFile.load(file).find("ana").orElseThrow().hash())).isTrue();
    }

    @Test
    void a_nick_taken_ignoring_case_is_refused_and_the_file_is_unchanged() throws Exception {
        Path file = folder.resolve("users.db");
        Lab03Run.run("one\n", "users", "add", "ana", "--file", file.toString());
        String before = Files.readString(file);

        Lab03Run run = Lab03Run.run("two\n", "users", "add", "ANA", "--file", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("error: nick ANA is taken (as ana; nicks ignore case)\n");
        assertThat(file).hasContent(before);
    }

    @Test
    void an_empty_or_missing_password_is_refused() {
        Path file = folder.resolve("users.db");

        Lab03Run empty = Lab03Run.run("\n", "users", "add", "ana", "--file", file.toString());
        Lab03Run none = Lab03Run.run("", "users", "add", "ana", "--file", file.toString());

        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.stderr()).isEqualTo("error: empty password\n");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.stderr()).isEqualTo("error: no password on stdin (expected one line)\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void list_shows_nicks_sorted_ignoring_case_and_never_hashes() {
        Path file = folder.resolve("users.db");
        Lab03Run.run("pw\n", "users", "add", "bob", "--file", file.toString());
        Lab03Run.run("pw\n", "users", "add", "Ana", "--file", file.toString());

        Lab03Run run = Lab03Run.run("", "users", "list", "--file", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo("Ana\nbob\n");
    }

    @Test
    void remove_matches_the_nick_ignoring_case_and_refuses_an_unknown_one() {
        Path file = folder.resolve("users.db");
        Lab03Run.run("pw\n", "users", "add", "Ana", "--file", file.toString());

        Lab03Run removed = Lab03Run.run("", "users", "remove", "ana", "--file", file.toString());
        Lab03Run again = Lab03Run.run("", "users", "remove", "ana", "--file", file.toString());

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.stdout()).isEqualTo("removed Ana from " + file + "\n");
        assertThat(file).isEmptyFile();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).isEqualTo("error: no such user: ana\n");
    }

    @Test
    void a_malformed_users_file_is_reported_with_its_line() throws Exception {
        Path file = Files.writeString(folder.resolve("users.db"), "ana:$argon2id$v=19$nonsense\n");

        Lab03Run run = Lab03Run.run("", "users", "list", "--file", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("error: " + file + ":1: not an Argon2id PHC string");
    }

    @Test
    void a_bad_nick_or_a_missing_file_option_is_a_usage_error() {
        Lab03Run badNick = Lab03Run.run("pw\n", "users", "add", "a b", "--file", folder.resolve("users.db").toString());
        Lab03Run noFile = Lab03Run.run("pw\n", "users", "add", "ana");
        Lab03Run noSubcommand = Lab03Run.run("", "users");

        assertThat(badNick.exitCode()).isEqualTo(2);
        assertThat(badNick.stderr()).contains("not a nick (1 to 16 letters, digits, '_' or '-'): a b");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.stderr()).contains("Missing required option: '--file=FILE'");
        assertThat(noSubcommand.exitCode()).isEqualTo(2);
    }
}
