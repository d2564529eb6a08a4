package dev.chatlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.Evidence;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The live lines: plain through a pipe, a status line redrawn in place on a terminal. */
class LiveConsoleTest {

    private final StringWriter out = new StringWriter();

    @Test
    void through_a_pipe_each_check_is_one_plain_line_when_it_ends() {
        LiveConsole console = new LiveConsole(new PrintWriter(out), false, false);
        console.lab("lab01 echo");

        console.started("echoes one line");
        console.progress("echoes one line", "312 of 1000 messages confirmed");
        console.tick();
        console.finished(result("echoes one line", CheckResult.Status.PASSED, 10, 1234));
        console.started("echoes bytes before the line ends");
        console.finished(result("echoes bytes before the line ends", CheckResult.Status.FAILED, 10, 3050));

        assertThat(out.toString()).isEqualTo(String.format("""
                  PASS echoes one line%s10/10    1.2 s
                  FAIL echoes bytes before the line ends%s 0/10    3.1 s
                """, " ".repeat(42), " ".repeat(24)));
    }

    @Test
    void on_a_terminal_the_running_check_is_redrawn_with_its_progress_and_erased_before_its_line() {
        LiveConsole console = new LiveConsole(new PrintWriter(out), true, false);
        console.lab("lab01 echo");

        console.started("echoes one line");
        console.progress("echoes one line", "312 of 1000\nmessages confirmed");
        console.progress("an earlier check", "not this one");
        console.tick();
        console.finished(result("echoes one line", CheckResult.Status.PASSED, 10, 100));

        String[] redraws = out.toString().split("\r\u001b\\[K", -1);
        assertThat(redraws).hasSize(4); // drawn at the start, redrawn with the progress, erased before the line
        assertThat(redraws[1]).contains("echoes one line  0.").doesNotContain("\n");
        assertThat(redraws[2]).contains("echoes one line").endsWith("s: 312 of 1000 messages confirmed\u001b[0m");
        assertThat(redraws[3]).contains("PASS").contains("echoes one line").endsWith("10/10    0.1 s\n");
    }

    @Test
    void an_interrupt_says_what_was_running_and_silences_the_rest() {
        LiveConsole console = new LiveConsole(new PrintWriter(out), true, false);
        console.lab("lab01 echo");
        console.started("echoes one line");

        assertThat(console.interrupt()).get().asString()
                .startsWith("during lab01 echo, check \"echoes one line\" (").endsWith(" s in)");
        int before = out.toString().length();
        console.tick();
        console.finished(result("echoes one line", CheckResult.Status.FAILED, 10, 100));
        assertThat(out.toString()).hasSize(before).endsWith("\r\u001b[K");
    }

    @Test
    void a_build_shows_like_a_check_and_between_checks_an_interrupt_names_nothing() {
        LiveConsole console = new LiveConsole(new PrintWriter(out), false, false);
        console.working("building lab01-echo");
        console.idle();

        assertThat(console.interrupt()).isEmpty();
        assertThat(out.toString()).isEmpty();
    }

    private static CheckResult result(String name, CheckResult.Status status, int points, long millis) {
        return new CheckResult(name, "EchoServerChecks", points, status, status == CheckResult.Status.PASSED ? ""
                : "expected 14 bytes within 3 s, but got nothing", Evidence.NONE, "hint", "lab01.md",
                Duration.ofMillis(millis));
    }
}
