package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.batch.BatchGrader;
import dev.chatlab.grader.lab01.broken.WaitsForNewlineServer;
import dev.chatlab.grader.run.Kit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code grade} command as an instructor uses it: targets, exit codes, and the four reports. */
class GradeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void grading_the_reference_lab01_passes_and_writes_the_four_reports(@TempDir Path reports) throws Exception {
        int status = grade("--lab", "1", "--seed", "7", "--out", reports.toString());

        assertThat(status).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("lab01 echo").contains("total 100/100").contains("seed 7");
        assertThat(reports.resolve("scorecard.txt")).content().contains("total 100/100");
        assertThat(reports.resolve("junit.xml")).content().contains("<testsuite name=\"lab01 echo\"");
        assertThat(reports.resolve("summary.md")).content().startsWith("# ChatLab grade: 100/100");
        JsonNode results = JsonMapper.builder().build().readTree(reports.resolve("results.json").toFile());
        assertThat(results.get("score").asInt()).isEqualTo(100);
        assertThat(results.get("tests")).hasSize(19);
    }

    @Test
    void a_broken_server_given_as_a_command_fails_with_the_reason_and_exit_code_1(@TempDir Path reports) {
        String brokenServer = Kit.javaExecutable() + " -cp " + System.getProperty("java.class.path") + " "
                + WaitsForNewlineServer.class.getName() + " server";

        int status = grade("--lab", "1", "--seed", "7", "--out", reports.toString(), "--server-cmd", brokenServer);

        assertThat(status).isEqualTo(1);
        assertThat(out.toString())
                .contains("FAIL echoes bytes before the line ends")
                .contains("expected 14 bytes within 3 s, but got nothing")
                .contains("hint: Echo bytes as they arrive")
                .contains("total 84/100");
    }

    @Test
    void a_check_filter_runs_only_the_checks_it_names_and_the_scorecard_says_so(@TempDir Path reports)
            throws Exception {
        int status = grade("--lab", "1", "--seed", "7", "--out", reports.toString(), "--check", "HALF_close");

        assertThat(status).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("partial run: only the checks whose name contains \"HALF_close\" (2 of the 19 checks")
                .contains("PASS finishes echoing and closes after a half close")
                .contains("PASS client half closes and exits 0 at the end of its input")
                .doesNotContain("echoes one line")
                .contains("total 12/12 (partial run)");
        JsonNode results = JsonMapper.builder().build().readTree(reports.resolve("results.json").toFile());
        assertThat(results.get("tests")).hasSize(2);
        assertThat(reports.resolve("summary.md")).content().contains("Partial run: only the checks");
    }

    @Test
    void a_check_filter_that_matches_no_check_is_a_usage_error_and_grades_nothing(@TempDir Path reports) {
        int status = grade("--lab", "1", "--out", reports.resolve("r").toString(), "--check", "zebra");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("No check name contains \"zebra\" (ignoring case), so nothing was graded")
                .contains("lab01 echo: echoes one line");
        assertThat(reports.resolve("r")).doesNotExist();
    }

    @Test
    void a_command_for_more_than_one_lab_is_a_usage_error() {
        int status = grade("--lab", "all", "--server-cmd", "true");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--server-cmd and --client-cmd need one --lab N");
    }

    @Test
    void a_watch_of_more_than_one_lab_or_of_commands_is_a_usage_error() {
        assertThat(grade("--lab", "all", "--watch")).isEqualTo(2);
        assertThat(grade("--lab", "1", "--watch", "--server-cmd", "true")).isEqualTo(2);
        assertThat(err.toString()).contains("--watch rebuilds and grades one lab's jar: it needs one --lab N");
    }

    @Test
    void an_unknown_lab_is_a_usage_error_that_names_the_labs_there_are() {
        int status = grade("--lab", "9");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("The grader has no suite for lab 9");
    }

    @Test
    void a_submission_folder_that_is_not_a_kit_cannot_be_graded(@TempDir Path notAKit) throws Exception {
        int status = grade("--lab", "1", "--submission", notAKit.toString(), "--out", notAKit.resolve("r").toString());

        assertThat(status).isEqualTo(3);
        assertThat(out.toString()).contains("lab01 echo: not graded (not-submitted): Not a ChatLab kit (no pom.xml)");
        assertThat(notAKit.resolve("r").resolve("outcome.json")).content().contains("\"status\" : \"not-submitted\"");
    }

    @Test
    void a_batch_grades_each_submission_and_reports_the_ones_it_cannot_grade(@TempDir Path batch) throws Exception {
        KitCopy.sources(Kit.ofThisGrader().root(), batch.resolve("ana"));
        Files.createDirectories(batch.resolve("bob"));
        Files.writeString(batch.resolve("bob").resolve("notes.txt"), "no kit here");
        Path reports = batch.resolve("reports");

        int status = grade("--lab", "1", "--seed", "7", "--submissions", batch.toString(), "--out", reports.toString(),
                "--parallel", "2");

        assertThat(status).as(out + "\n" + err).isEqualTo(3);
        assertThat(out.toString()).contains("ana: lab01 100/100").contains("bob: lab01 not-submitted");
        assertThat(reports.resolve("ana").resolve("results.json")).exists();
        assertThat(reports.resolve("ana").resolve("build-lab01-echo.log")).exists();
        assertThat(reports.resolve("grades.csv")).content().startsWith("""
                submission,lab01,lab01 status,total,max,status,note
                ana,100,graded,100,100,graded,
                bob,,not-submitted,0,100,not-submitted,lab01 echo: Not a ChatLab kit (no pom.xml): """);
        assertThat(reports.resolve("lab01-histogram.png")).isNotEmptyFile();
        assertThat(reports.resolve("class-summary.md")).content().contains("1 of 2 graded (1 not-submitted)");
    }

    @Test
    void a_docker_sandbox_without_a_docker_engine_says_so_and_grades_nothing(@TempDir Path batch) throws Exception {
        Assumptions.assumeFalse(BatchGrader.dockerAvailable(),
                "a Docker engine runs here");
        Files.createDirectories(batch.resolve("ana"));

        int status = grade("--lab", "1", "--submissions", batch.toString(), "--sandbox", "docker",
                "--out", batch.resolve("r").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("error: --sandbox docker needs a running Docker engine, and none answers here");
        assertThat(batch.resolve("r")).doesNotExist();
    }

    @Test
    void a_docker_sandbox_for_one_submission_is_a_usage_error(@TempDir Path submission) {
        int status = grade("--lab", "1", "--submission", submission.toString(), "--sandbox", "docker");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--sandbox docker grades a folder of submissions (--submissions DIR)");
    }

    private int grade(String... args) {
        CommandLine commandLine = GraderMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "grade";
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }
}
