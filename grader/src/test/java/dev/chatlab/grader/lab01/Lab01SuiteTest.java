package dev.chatlab.grader.lab01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.lab01.broken.DefaultsToAnotherPortServer;
import dev.chatlab.grader.lab01.broken.DiesOnResetServer;
import dev.chatlab.grader.lab01.broken.DropsTheLastByteServer;
import dev.chatlab.grader.lab01.broken.ExitsOneOnBadUsageClient;
import dev.chatlab.grader.lab01.broken.ExitsOneOnBadUsageServer;
import dev.chatlab.grader.lab01.broken.IgnoresBindServer;
import dev.chatlab.grader.lab01.broken.ListensOnEveryAddressServer;
import dev.chatlab.grader.lab01.broken.PartialLinePrintingClient;
import dev.chatlab.grader.lab01.broken.ServesConcurrentlyServer;
import dev.chatlab.grader.lab01.broken.StackTraceWhenThePortIsTakenServer;
import dev.chatlab.grader.lab01.broken.WaitsForItsClientOnSigtermServer;
import dev.chatlab.grader.lab01.broken.WaitsForNewlineServer;
import dev.chatlab.grader.lab01.broken.UnfinishedEchoServer;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab01 suite is honest: the reference earns every point, and each known defect loses exactly its checks. */
class Lab01SuiteTest {

    private static final long SEED = 20261121L;

    @Test
    void the_reference_lab01_scores_100_of_100() {
        Verdicts.assertFullMarks(LabRunner.grade(Lab.LAB01, Targets.reference(Lab.LAB01), SEED));
    }

    @Test
    void a_server_that_waits_for_the_newline_loses_the_checks_of_unterminated_data() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, WaitsForNewlineServer.class),
                "echoes bytes before the line ends",
                "echoes 1 MiB of random binary data while the client is still sending");
    }

    @Test
    void a_server_that_drops_the_last_byte_loses_every_check_that_waits_for_it() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, DropsTheLastByteServer.class),
                "echoes one line",
                "echoes many lines sent in one write",
                "echoes a line sent one byte at a time",
                "echoes bytes before the line ends",
                "echoes 1 MiB of random binary data while the client is still sending",
                "finishes echoing and closes after a half close",
                "serves a second client after the first",
                "survives a client reset and serves the next client");
    }

    @Test
    void a_server_that_dies_on_a_client_reset_loses_only_the_reset_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, DiesOnResetServer.class),
                "survives a client reset and serves the next client");
    }

    @Test
    void a_client_that_prints_partial_lines_loses_only_the_one_byte_at_a_time_check() {
        assertFailsExactly(Targets.withBrokenClient(Lab.LAB01, PartialLinePrintingClient.class),
                "client prints a reply that arrives one byte at a time");
    }

    @Test
    void a_server_that_serves_clients_concurrently_loses_only_the_iterative_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, ServesConcurrentlyServer.class),
                "keeps a second client waiting until the first is gone");
    }

    @Test
    void a_server_that_listens_on_every_address_loses_only_the_bind_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, ListensOnEveryAddressServer.class),
                "server listens on 127 0 0 1 without bind and on the address bind names");
    }

    @Test
    void a_server_that_ignores_bind_loses_only_the_bind_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, IgnoresBindServer.class),
                "server listens on 127 0 0 1 without bind and on the address bind names");
    }

    @Test
    void a_server_that_ends_with_a_stack_trace_when_its_port_is_taken_loses_only_the_server_exit_status_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, StackTraceWhenThePortIsTakenServer.class),
                "server exits 2 on bad usage and 1 when its port is taken");
    }

    @Test
    void a_server_that_exits_1_on_bad_usage_loses_only_the_server_exit_status_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, ExitsOneOnBadUsageServer.class),
                "server exits 2 on bad usage and 1 when its port is taken");
    }

    @Test
    void a_client_that_exits_1_on_bad_usage_loses_only_the_client_usage_check() {
        assertFailsExactly(Targets.withBrokenClient(Lab.LAB01, ExitsOneOnBadUsageClient.class),
                "client exits 2 on bad command line usage");
    }

    @Test
    void a_server_with_another_default_port_loses_only_the_default_port_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, DefaultsToAnotherPortServer.class),
                "server listens on the labs default port without port");
    }

    @Test
    void a_server_that_waits_for_its_client_on_SIGTERM_loses_only_the_SIGTERM_with_a_client_check() {
        assertFailsExactly(Targets.withBrokenServer(Lab.LAB01, WaitsForItsClientOnSigtermServer.class),
                "closes a connected client and exits on SIGTERM");
    }

    @Test
    void a_check_that_needs_an_echo_first_names_the_unfinished_echo_and_says_it_could_not_test_its_own_behaviour() {
        LabResult result = LabRunner.grade(Lab.LAB01, Selection.of(Lab.LAB01).named("exits cleanly on SIGTERM"),
                Targets.withBrokenServer(Lab.LAB01, UnfinishedEchoServer.class), SEED);

        CheckResult sigterm = result.checks().getFirst();
        assertThat(sigterm.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(sigterm.headline()).isEqualTo("unfinished task: TODO(lab01): echo every byte until the client"
                + " half-closes (server stderr)");
        assertThat(sigterm.failure()).isEqualTo("could not test SIGTERM: the server did not echo the first line"
                + " (client#1 expected 1 byte, but the connection was closed before any came)");
        assertThat(sigterm.hint()).isEqualTo(EchoServerChecks.ECHO_HINT);
        List<String> lines = sigterm.explanation().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(sigterm.headline());
        assertThat(lines.get(1)).startsWith("could not test SIGTERM");
        assertThat(lines.getLast()).startsWith("hint: " + EchoServerChecks.ECHO_HINT);
        // The stderr read to its end: the stub's exception, which 30 frames bury, then the log line after it.
        assertThat(sigterm.evidence().stderr()).anySatisfy(line -> assertThat(line).isEqualTo(
                        "  Caused by: java.lang.UnsupportedOperationException: TODO(lab01): echo every byte until the"
                                + " client half-closes"))
                .last().isEqualTo("  echo server: waiting for the next client");
    }

    private static void assertFailsExactly(Target target, String... expectedFailures) {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB01, target, SEED), expectedFailures);
    }
}
