package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.starter.StarterKitExporter;
import dev.chatlab.grader.run.Kit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A class graded in one command: five lab01 submissions, two at a time, each ending as it should (graded, a build
 * that fails, a zip), and a second run that finds nothing changed; and a submission whose server hangs, stopped
 * when its time is up. The hanging one is graded on its own, with a short limit, so that the others keep the
 * generous limit a busy machine needs without the test waiting it out.
 */
class BatchGradingTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void five_submissions_graded_two_at_a_time_get_their_rows_and_a_second_run_skips_them_all(@TempDir Path dir)
            throws Exception {
        Path batch = dir.resolve("submissions");
        SubmissionVariants.reference(batch.resolve("a-reference"));
        StarterKitExporter.export(Kit.ofThisGrader(), batch.resolve("b-starter"));
        SubmissionVariants.buildError(batch.resolve("c-build-error"));
        SubmissionVariants.dropsBytes(batch.resolve("e-drops-bytes"));
        SubmissionVariants.zipped(batch.resolve("f-zipped.zip"), dir.resolve("scratch"));
        Path reports = dir.resolve("reports");
        String[] arguments = {"grade", "--lab", "1", "--seed", "7", "--submissions", batch.toString(),
            "--out", reports.toString(), "--parallel", "2", "--submission-timeout", "240"};

        long started = System.nanoTime();
        StringWriter first = new StringWriter();
        int status = run(first, arguments);
        long firstSeconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(status).as(first.toString()).isEqualTo(3);
        List<String> rows = Files.readAllLines(reports.resolve("grades.csv"));
        assertThat(rows).as(first.toString()).hasSize(6);
        assertThat(rows.get(0)).isEqualTo("submission,lab01,lab01 status,total,max,status,note");
        assertThat(rows.get(1)).isEqualTo("a-reference,100,graded,100,100,graded,");
        assertThat(rows.get(2)).startsWith("b-starter,").contains(",graded,").endsWith(",100,graded,");
        assertThat(Integer.parseInt(rows.get(2).split(",")[1])).as("the starter's score").isLessThanOrEqualTo(20);
        assertThat(rows.get(3)).startsWith("c-build-error,,build-failed,0,100,build-failed,"
                + "lab01 echo: Building lab01-echo failed");
        assertThat(rows.get(4)).startsWith("e-drops-bytes,").endsWith(",graded,");
        assertThat(Integer.parseInt(rows.get(4).split(",")[1])).isBetween(1, 99);
        assertThat(rows.get(5)).isEqualTo("f-zipped,100,graded,100,100,graded,");
        assertThat(reports.resolve("class-summary.md")).content()
                .contains("4 of 5 graded (1 build-failed)")
                .contains("Checks failed most often")
                .contains("![lab01 echo scores](lab01-histogram.png)");
        assertThat(reports.resolve("lab01-histogram.png")).isNotEmptyFile();
        assertThat(reports.resolve("c-build-error").resolve("results.json")).content().contains("Building lab01-echo failed");
        System.out.println("five submissions, --parallel 2: " + firstSeconds + " s");

        StringWriter second = new StringWriter();
        long again = System.nanoTime();
        assertThat(run(second, arguments)).isEqualTo(3);
        long secondSeconds = (System.nanoTime() - again) / 1_000_000_000;

        assertThat(second.toString().lines().filter(line -> line.contains("(unchanged since it was graded: skipped)")))
                .as(second.toString()).hasSize(5);
        assertThat(Files.readAllLines(reports.resolve("grades.csv"))).isEqualTo(rows);
        assertThat(secondSeconds).as("the second run only hashes the submissions").isLessThan(30);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void a_submission_whose_server_never_listens_is_stopped_at_its_limit_and_reported_timed_out(@TempDir Path dir)
            throws Exception {
        Path batch = dir.resolve("submissions");
        SubmissionVariants.hangingServer(batch.resolve("d-hangs"));
        Path reports = dir.resolve("reports");
        String[] arguments = {"grade", "--lab", "1", "--seed", "7", "--submissions", batch.toString(),
            "--out", reports.toString(), "--submission-timeout", "30"};

        long started = System.nanoTime();
        StringWriter out = new StringWriter();
        int status = run(out, arguments);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(status).as(out.toString()).isEqualTo(3);
        assertThat(Files.readAllLines(reports.resolve("grades.csv"))).as(out.toString()).containsExactly(
                "submission,lab01,lab01 status,total,max,status,note",
                "d-hangs,,timed-out,0,100,timed-out,lab01 echo: The grading took longer than 30 s and was stopped;"
                        + " its log is grading.log");
        assertThat(reports.resolve("class-summary.md")).content().contains("0 of 1 graded (1 timed-out)");
        assertThat(seconds).as("stopped at its limit, not left to run").isLessThan(90);
    }

    private static int run(StringWriter out, String... arguments) {
        CommandLine commandLine = GraderMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(arguments);
    }
}
