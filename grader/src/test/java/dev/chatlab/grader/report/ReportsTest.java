package dev.chatlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.CheckResult.Status;
import dev.chatlab.grader.result.Evidence;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.result.LabResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every report says the same thing, in the format its reader expects. */
class ReportsTest {

    private static final GradeResult RESULT = new GradeResult(List.of(new LabResult(1, "lab01 echo", "reference",
            List.of(
                    new CheckResult("echoes one line", "EchoServerChecks", 10, Status.PASSED, "", Evidence.NONE,
                            "Read and write back.", "lab01.md#the-socket-lifecycle", Duration.ofMillis(120)),
                    new CheckResult("finishes echoing and closes after a half close", "EchoServerChecks", 10,
                            Status.FAILED, "client#1 expected a whole line, but the connection was closed",
                            new Evidence(List.of("[  0.001s] client#1 > \"<&>\\n\""), 1, List.of()),
                            "Keep echoing until read returns -1.",
                            "lab01.md#half-close", Duration.ofMillis(3000)),
                    new CheckResult("client exits 1 when refused", "EchoClientChecks", 5, Status.SKIPPED,
                            "skipped: no client", Evidence.NONE, "Exit 1.", "lab01.md#the-echo-client", Duration.ZERO)))),
            42, Instant.parse("2026-11-21T17:00:00Z"), Duration.ofSeconds(4));

    @Test
    void the_plain_scorecard_has_no_colour_codes_and_shows_each_failure_with_its_hint() {
        String scorecard = new ConsoleScorecard(false).render(RESULT);

        assertThat(scorecard).doesNotContain("\u001b[")
                .contains("lab01 echo", "10/25", "PASS echoes one line", "FAIL finishes echoing")
                .contains("client#1 expected a whole line, but the connection was closed")
                .contains("hint: Keep echoing until read returns -1. (see docs/lab01.md#half-close)")
                .contains("total 10/25", "seed 42");
    }

    @Test
    void the_coloured_scorecard_uses_ansi_codes() {
        assertThat(new ConsoleScorecard(true).render(RESULT)).contains("\u001b[");
    }

    @Test
    void gradescope_results_have_a_score_and_one_test_per_check(@TempDir Path folder) throws Exception {
        ReportFolder.write(RESULT, folder);

        JsonNode json = JsonMapper.builder().build().readTree(folder.resolve("results.json").toFile());
        assertThat(json.get("score").asInt()).isEqualTo(10);
        assertThat(json.get("tests")).hasSize(3);
        JsonNode failed = json.get("tests").get(1);
        assertThat(failed.get("name").asString()).isEqualTo("lab01 echo: finishes echoing and closes after a half close");
        assertThat(failed.get("score").asInt()).isZero();
        assertThat(failed.get("max_score").asInt()).isEqualTo(10);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("visibility").asString()).isEqualTo("visible");
        assertThat(failed.get("output").asString()).contains("transcript:").contains("hint:");
    }

    @Test
    void a_hidden_check_is_published_after_the_grades_and_a_lab_that_did_not_build_is_a_failed_test(
            @TempDir Path folder) throws Exception {
        CheckResult hidden = new CheckResult("echoes a random line", "EchoServerChecks", 10, Status.PASSED, "",
                Evidence.NONE, "Echo.", "lab01.md#a", Duration.ofMillis(5), true);
        GradeResult result = new GradeResult(List.of(new LabResult(1, "lab01 echo", "submission", List.of(hidden))),
                42, Instant.parse("2026-11-21T17:00:00Z"), Duration.ofSeconds(1));
        LabOutcome notBuilt = LabOutcome.notGraded(2, "lab02 multi-client chat", LabOutcome.Status.BUILD_FAILED,
                "Building lab02-multiclient failed (mvn exit 1); last lines of build-lab02-multiclient.log:\n[ERROR] x");

        ReportFolder.write(result, List.of(notBuilt), folder);

        JsonNode tests = JsonMapper.builder().build().readTree(folder.resolve("results.json").toFile()).get("tests");
        assertThat(tests.get(0).get("visibility").asString()).isEqualTo("after_published");
        assertThat(tests.get(1).get("name").asString()).isEqualTo("lab02 multi-client chat: build failed");
        assertThat(tests.get(1).get("score").asInt()).isZero();
        assertThat(tests.get(1).get("max_score").asInt()).isEqualTo(100);
        assertThat(tests.get(1).get("output").asString()).contains("[ERROR] x");
        assertThat(folder.resolve("summary.md")).content().contains("## lab02 multi-client chat: not graded (build-failed)");
    }

    @Test
    void junit_xml_is_well_formed_and_counts_failures_and_skips(@TempDir Path folder) throws Exception {
        ReportFolder.write(RESULT, folder);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("junit.xml").toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("lab01 echo");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("client#1 expected a whole line, but the connection was closed");
        assertThat(failure.getTextContent()).contains("\"<&>\\n\"");
    }

    @Test
    void the_markdown_summary_has_a_table_row_per_check_and_a_section_per_failure(@TempDir Path folder) throws Exception {
        ReportFolder.write(RESULT, folder);

        assertThat(folder.resolve("summary.md")).content()
                .startsWith("# ChatLab grade: 10/25")
                .contains("| echoes one line | passed | 10/10 |")
                .contains("| finishes echoing and closes after a half close | failed | 0/10 |")
                .contains("### finishes echoing and closes after a half close");
    }

    @Test
    void the_reports_keep_the_whole_transcript_of_a_failure_and_the_console_only_its_end(@TempDir Path folder)
            throws Exception {
        List<String> events = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "[  0.001s] client#1 < \"event " + i + ".\"").toList();
        CheckResult failed = new CheckResult("echoes one line", "EchoServerChecks", 10, Status.FAILED,
                "client#1 expected a whole line, but got nothing",
                Evidence.of(events, List.of("server stderr: (empty)")),
                "Read and write back.", "lab01.md#the-socket-lifecycle", Duration.ofMillis(120));
        GradeResult result = new GradeResult(List.of(new LabResult(1, "lab01 echo", "reference", List.of(failed))),
                42, Instant.parse("2026-11-21T17:00:00Z"), Duration.ofSeconds(1));

        ReportFolder.write(result, folder);

        assertThat(new ConsoleScorecard(false).render(result))
                .contains("transcript, last 25 of 40 events:", "\"event 16.\"", "\"event 40.\"")
                .doesNotContain("\"event 15.\"");
        for (String report : List.of("junit.xml", "results.json", "summary.md")) {
            assertThat(folder.resolve(report)).as(report).content()
                    .contains("event 1.", "event 15.", "event 40.", "server stderr: (empty)");
        }
    }

    @Test
    void a_very_long_transcript_keeps_its_beginning_and_its_end_and_counts_what_it_leaves_out() {
        // Events that are not alike, so that no run of them is shortened: connection i opens.
        List<String> events = IntStream.rangeClosed(1, 1000).mapToObj(i -> "client#" + i + " connects").toList();

        Evidence evidence = Evidence.of(events, List.of());

        assertThat(evidence.events()).isEqualTo(1000);
        assertThat(evidence.transcript()).hasSize(Evidence.HEAD_EVENTS + 1 + Evidence.TAIL_EVENTS)
                .startsWith("client#1 connects").endsWith("client#1000 connects")
                .contains("[   ...   ] 500 events left out")
                .doesNotContain("client#101 connects", "client#600 connects");
        assertThat(evidence.render()).startsWith("transcript, 1000 events (some left out):\n  client#1 connects\n");
    }

    @Test
    void every_report_names_the_unfinished_task_before_the_failure_and_the_hint(@TempDir Path folder)
            throws Exception {
        String unfinished = "unfinished task: TODO(lab01): echo every byte until the client half-closes (server stderr)";
        CheckResult failed = new CheckResult("exits cleanly on SIGTERM", "EchoServerChecks", 5, Status.FAILED,
                "could not test SIGTERM: the server did not echo the first line",
                Evidence.of(List.of("[  0.001s] client#1 > \"ping\\n\""), List.of("server (pid 1) stderr: (empty)"),
                        List.of("TODO(lab01): echo every byte until the client half-closes (server stderr)")),
                "Accept a connection.", "lab01.md#the-socket-lifecycle", Duration.ofMillis(120));
        GradeResult result = new GradeResult(List.of(new LabResult(1, "lab01 echo", "reference", List.of(failed))),
                42, Instant.parse("2026-11-21T17:00:00Z"), Duration.ofSeconds(1));

        ReportFolder.write(result, folder);

        assertThat(new ConsoleScorecard(false).render(result)).containsSubsequence(unfinished,
                "could not test SIGTERM", "hint: Accept a connection.");
        for (String report : List.of("junit.xml", "results.json", "summary.md")) {
            assertThat(Files.readString(folder.resolve(report))).as(report)
                    .containsSubsequence(unfinished, "could not test SIGTERM", "hint: Accept a connection.");
        }
        assertThat(folder.resolve("junit.xml")).content().contains("message=\"" + unfinished + "\"");
    }
}
