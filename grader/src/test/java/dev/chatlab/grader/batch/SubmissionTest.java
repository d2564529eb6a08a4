package dev.chatlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a submission of a batch, and when its content counts as changed. */
class SubmissionTest {

    @TempDir
    Path dir;

    @Test
    void folders_and_zips_are_submissions_and_hidden_entries_other_files_and_the_reports_are_not() throws IOException {
        Files.createDirectories(dir.resolve("ana"));
        Files.writeString(dir.resolve("bob.zip"), "PK");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("notes.txt"), "grades soon");
        Files.createDirectories(dir.resolve("reports"));

        assertThat(Submission.in(dir, dir.resolve("reports"))).extracting(Submission::name).containsExactly("ana", "bob");
    }

    @Test
    void two_submissions_with_one_name_are_refused() throws IOException {
        Files.createDirectories(dir.resolve("ana"));
        Files.writeString(dir.resolve("ana.zip"), "PK");

        assertThatThrownBy(() -> Submission.in(dir, dir.resolve("reports")))
                .hasMessageStartingWith("Two submissions are named ana: ");
    }

    @Test
    void the_content_hash_changes_with_an_edit_and_not_with_build_output() throws IOException {
        Path ana = Files.createDirectories(dir.resolve("ana"));
        Files.writeString(ana.resolve("Echo.java"), "class Echo {}");
        Submission submission = new Submission("ana", ana);
        String before = submission.contentHash();

        Files.createDirectories(ana.resolve("target"));
        Files.writeString(ana.resolve("target/Echo.class"), "bytes");
        assertThat(submission.contentHash()).isEqualTo(before);

        Files.writeString(ana.resolve("Echo.java"), "class Echo { }");
        assertThat(submission.contentHash()).isNotEqualTo(before);
    }
}
