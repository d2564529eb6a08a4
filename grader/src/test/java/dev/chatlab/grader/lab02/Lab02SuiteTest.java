package dev.chatlab.grader.lab02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.lab02.broken.CaseSensitiveNicksServer;
import dev.chatlab.grader.lab02.broken.ClosesOnLongFramesServer;
import dev.chatlab.grader.lab02.broken.ExitsZeroWhenDroppedClient;
import dev.chatlab.grader.lab02.broken.IdOutsideTheLockServer;
import dev.chatlab.grader.lab02.broken.IgnoresMaxQueueBytesServer;
import dev.chatlab.grader.lab02.broken.MiniChatClient;
import dev.chatlab.grader.lab02.broken.MiniChatServer;
import dev.chatlab.grader.lab02.broken.PrintsWhispersWhenTypedClient;
import dev.chatlab.grader.lab02.broken.SkipsTheSenderServer;
import dev.chatlab.grader.lab02.broken.SortsByTheUpperCaseNickServer;
import dev.chatlab.grader.lab02.broken.WhispersToOneselfTwiceServer;
import dev.chatlab.grader.lab02.broken.WritesUnderTheLockServer;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab02 suites are honest: the reference earns every point, and each known defect loses exactly its checks.
 * The defects live in one small server and one small client of the tests' own, which first prove that without a
 * defect they earn every point; each broken variant is then graded by the suites its defect concerns.
 */
class Lab02SuiteTest {

    private static final long SEED = 20261121L;
    private static final List<Class<?>> SERVER_SUITES = List.of(ChatServerChecks.class,
            ChatServerValidationChecks.class, ChatServerFramingChecks.class, ChatServerConcurrencyChecks.class);
    private static final List<Class<?>> CLIENT_SUITES = List.of(ChatClientChecks.class);

    @Test
    void the_reference_lab02_scores_100_of_100() {
        Verdicts.assertFullMarks(LabRunner.grade(Lab.LAB02, Targets.reference(Lab.LAB02), SEED));
    }

    @Test
    void the_tests_own_chat_server_earns_every_server_point() {
        LabResult result = LabRunner.grade(Lab.LAB02, SERVER_SUITES,
                Targets.withBrokenServer(Lab.LAB02, MiniChatServer.class), SEED);

        assertThat(result.maxScore()).isEqualTo(76);
        assertThat(result.score()).as(Verdicts.explain(result)).isEqualTo(76);
    }

    @Test
    void the_tests_own_chat_client_earns_every_client_point() {
        LabResult result = LabRunner.grade(Lab.LAB02, CLIENT_SUITES,
                Targets.withBrokenClient(Lab.LAB02, MiniChatClient.class), SEED);

        assertThat(result.maxScore()).isEqualTo(19);
        assertThat(result.score()).as(Verdicts.explain(result)).isEqualTo(19);
    }

    @Test
    void a_server_that_skips_the_sender_loses_the_checks_where_senders_read_their_own_says() {
        assertFailsExactly(List.of(ChatServerChecks.class, ChatServerConcurrencyChecks.class),
                Targets.withBrokenServer(Lab.LAB02, SkipsTheSenderServer.class),
                "delivers a say to everyone including the sender with id from text and ts",
                "delivers concurrent says to everyone in one strictly increasing id order");
    }

    @Test
    void a_server_with_case_sensitive_nicks_loses_only_the_NICK_TAKEN_check() {
        assertFailsExactly(List.of(ChatServerValidationChecks.class),
                Targets.withBrokenServer(Lab.LAB02, CaseSensitiveNicksServer.class),
                "refuses a nick taken ignoring case with NICK TAKEN");
    }

    @Test
    void a_server_that_writes_under_the_lock_loses_the_checks_with_a_client_that_does_not_read() {
        assertFailsExactly(List.of(ChatServerConcurrencyChecks.class),
                Targets.withBrokenServer(Lab.LAB02, WritesUnderTheLockServer.class),
                "drops a client that stops reading without delaying the others",
                "honours max queue bytes by keeping a client that is behind by less");
    }

    @Test
    void a_server_that_closes_on_a_long_frame_loses_the_FRAME_TOO_LONG_checks() {
        assertFailsExactly(List.of(ChatServerFramingChecks.class),
                Targets.withBrokenServer(Lab.LAB02, ClosesOnLongFramesServer.class),
                "answers FRAME TOO LONG for a longer line and serves the next frame",
                "answers FRAME TOO LONG as soon as the limit is exceeded");
    }

    @Test
    void a_server_that_draws_ids_outside_the_lock_loses_only_the_concurrent_order_check() {
        assertFailsExactly(List.of(ChatServerChecks.class, ChatServerConcurrencyChecks.class),
                Targets.withBrokenServer(Lab.LAB02, IdOutsideTheLockServer.class),
                "delivers concurrent says to everyone in one strictly increasing id order");
    }

    @Test
    void a_server_that_whispers_to_oneself_twice_loses_only_the_whisper_to_oneself_check() {
        assertFailsExactly(List.of(ChatServerChecks.class),
                Targets.withBrokenServer(Lab.LAB02, WhispersToOneselfTwiceServer.class),
                "matches whisper recipients ignoring case and whispers to oneself once");
    }

    @Test
    void a_server_that_ignores_max_queue_bytes_loses_only_the_max_queue_bytes_check() {
        assertFailsExactly(List.of(ChatServerConcurrencyChecks.class),
                Targets.withBrokenServer(Lab.LAB02, IgnoresMaxQueueBytesServer.class),
                "honours max queue bytes by keeping a client that is behind by less");
    }

    @Test
    void a_server_that_sorts_by_the_upper_case_nick_loses_only_the_underscore_sort_check() {
        assertFailsExactly(List.of(ChatServerChecks.class),
                Targets.withBrokenServer(Lab.LAB02, SortsByTheUpperCaseNickServer.class),
                "sorts users by the lower case nick so an underscore comes before letters");
    }

    @Test
    void a_client_that_prints_a_whisper_when_typed_loses_only_the_whisper_check() {
        assertFailsExactly(CLIENT_SUITES, Targets.withBrokenClient(Lab.LAB02, PrintsWhispersWhenTypedClient.class),
                "prints whispers received and sent once the servers copy arrives");
    }

    @Test
    void a_client_that_exits_0_when_dropped_loses_only_the_exit_3_check() {
        assertFailsExactly(CLIENT_SUITES, Targets.withBrokenClient(Lab.LAB02, ExitsZeroWhenDroppedClient.class),
                "exits 3 when the server drops the connection");
    }

    private static void assertFailsExactly(List<Class<?>> suites, Target target, String... expectedFailures) {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB02, suites, target, SEED), expectedFailures);
    }
}
